import type { DomainKnowledge } from "../types.js";

/** Online store catalogue, reviews, carts and customers' loyalty: the e-commerce columns that are not the order itself. */
export const ecommerceCatalog: DomainKnowledge = {
  domain: "e-commerce",
  words: ["products", "product catalog", "catalogue", "reviews", "product reviews", "carts", "shopping cart", "abandoned carts", "shoppers", "online shoppers", "loyalty program"],
  defaults: ["product id", "product name", "product category", "brand", "unit price", "review rating", "review text", "verified purchase"],
  concepts: [
    {
      id: "product_id",
      names: ["product id", "product code", "item id", "item code", "productid", "asin"],
      shape: { kind: "id", format: "pattern", pattern: "P-######", unique: true },
    },
    {
      id: "sku",
      names: ["sku", "sku code", "sku number", "stock keeping unit", "stock code", "article number"],
      domains: ["e-commerce", "retail", "logistics", "manufacturing"],
      // Retail SKUs read as department-style-variant codes, e.g. APP-10482-BLK.
      shape: { kind: "id", format: "pattern", pattern: "???-#####-??", unique: true },
    },
    {
      id: "product_name",
      names: ["product name", "product title", "item name", "item title", "name of product", "product", "item"],
      domains: ["e-commerce", "retail", "logistics", "manufacturing"],
      shape: { kind: "faker", method: "commerce.productName" },
    },
    {
      id: "product_category",
      names: ["product category", "item category", "category of product", "product type", "department", "product line", "product group"],
      domains: ["e-commerce", "retail", "logistics"],
      // US e-commerce sales mix (electronics and apparel lead, then home, health/beauty, media).
      shape: {
        kind: "category",
        values: ["Electronics", "Clothing", "Home & Kitchen", "Beauty & Personal Care", "Books", "Sports & Outdoors", "Toys & Games", "Grocery", "Health & Household", "Jewelry", "Pet Supplies"],
        weights: [0.19, 0.2, 0.14, 0.08, 0.05, 0.07, 0.06, 0.08, 0.06, 0.03, 0.04],
      },
      source: "US Census Bureau Annual Retail Trade Survey, e-commerce sales by merchandise line",
    },
    {
      id: "brand",
      names: ["brand", "brand name", "make of product", "label brand", "vendor", "seller name"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "faker", method: "company.name" },
    },
    {
      id: "product_description",
      names: ["product description", "item description", "product details", "product blurb", "listing description"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "text", style: "product_description", maxWords: 60 },
      relations: [{ kind: "text", topicFrom: "product_category", mentionFrom: "product_name" }],
    },
    {
      id: "product_color",
      names: ["product color", "product colour", "item color", "item colour", "color", "colour"],
      domains: ["e-commerce", "retail"],
      // Black, white and grey dominate apparel and electronics assortments.
      shape: { kind: "category", values: ["Black", "White", "Gray", "Blue", "Navy", "Red", "Green", "Beige", "Pink", "Brown"], weights: [0.26, 0.15, 0.12, 0.11, 0.07, 0.07, 0.06, 0.06, 0.05, 0.05] },
    },
    {
      id: "clothing_size",
      names: ["clothing size", "shirt size", "t-shirt size", "tshirt size", "apparel size", "garment size", "dress size letter", "size"],
      domains: ["e-commerce", "retail"],
      // Apparel size curves peak at M/L (typical US size-run buys: S 15-18%, M 28-30%, L 25-27%).
      shape: { kind: "category", values: ["XS", "S", "M", "L", "XL", "XXL"], weights: [0.06, 0.17, 0.3, 0.26, 0.14, 0.07] },
      source: "Typical US apparel size-curve buys (retail merchandising guides)",
    },
    {
      id: "shoe_size",
      names: ["shoe size", "shoe size us", "footwear size", "sneaker size"],
      domains: ["e-commerce", "retail"],
      // US sizes in half steps; adult average about 9-10 (men) and 8 (women).
      shape: { kind: "formula", expression: "round(normal(9, 1.8) * 2) / 2", type: "number", decimals: 1, min: 5, max: 15 },
      units: [{ words: ["eu", "european"], shape: { kind: "formula", expression: "round(normal(41.5, 2.6))", type: "integer", min: 35, max: 49 } }],
    },
    {
      id: "stock_status",
      names: ["stock status", "availability", "in stock", "inventory status", "availability status"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "category", values: ["In Stock", "Low Stock", "Out of Stock", "Backorder"], weights: [0.78, 0.1, 0.08, 0.04] },
    },
    {
      id: "review_rating",
      names: ["review rating", "star rating", "product rating", "review score", "customer rating", "stars", "star", "rating out of 5", "rating (1-5)"],
      domains: ["e-commerce", "retail", "food", "travel"],
      // Online reviews are J-shaped: mean about 4.2 stars, 5 the mode, few 2s.
      shape: { kind: "integer", distribution: "normal", mean: 4.3, sd: 1.15, min: 1, max: 5 },
      source: "Hu, Pavlou & Zhang (2009), J-shaped distribution of online product reviews",
    },
    {
      id: "review_text",
      names: ["review text", "review body", "review content", "customer review", "product review", "written review", "review comment", "reviews", "review"],
      domains: ["e-commerce", "retail", "food", "travel"],
      shape: { kind: "text", style: "review", maxWords: 60 },
      relations: [
        // The first that fits wins: tone from the star rating, subject from the category, the product named.
        { kind: "text", sentimentFrom: "review_rating", topicFrom: "product_category", mentionFrom: "product_name" },
        { kind: "text", sentimentFrom: "rating", topicFrom: "product_category", mentionFrom: "product_name" },
        { kind: "text", sentimentFrom: "review_rating", topicFrom: "product_category" },
        { kind: "text", sentimentFrom: "rating", topicFrom: "product_category" },
        { kind: "text", sentimentFrom: "review_rating", mentionFrom: "product_name" },
        { kind: "text", sentimentFrom: "rating", mentionFrom: "product_name" },
        { kind: "text", sentimentFrom: "review_rating" },
        { kind: "text", sentimentFrom: "rating" },
        { kind: "text", topicFrom: "product_category", mentionFrom: "product_name" },
        { kind: "text", topicFrom: "product_category" },
      ],
    },
    {
      id: "review_title",
      names: ["review title", "review headline", "review summary", "review subject"],
      shape: { kind: "text", style: "headline", maxWords: 10 },
      relations: [{ kind: "text", sentimentFrom: "review_rating" }, { kind: "text", sentimentFrom: "rating" }],
    },
    {
      id: "review_date",
      names: ["review date", "reviewed on", "date reviewed", "review posted"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      relations: [
        { kind: "offset", of: ["order_date"], direction: "after", gap: { min: 2, max: 120, distribution: "lognormal", median: 14 } },
        { kind: "offset", of: ["delivery_date"], direction: "after", gap: { min: 0, max: 90, distribution: "lognormal", median: 9 } },
      ],
    },
    {
      id: "helpful_votes",
      names: ["helpful votes", "helpful count", "helpfulness", "found helpful", "upvotes on review"],
      shape: { kind: "integer", distribution: "exponential", mean: 2.5, min: 0, max: 800 },
    },
    {
      id: "verified_purchase",
      names: ["verified purchase", "verified buyer", "is verified purchase", "verified"],
      domains: ["e-commerce", "retail", "food", "travel"],
      shape: { kind: "boolean", probability: 0.86 },
    },
    {
      id: "would_recommend",
      names: ["would recommend", "recommends product", "recommended", "recommend to a friend"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.8 },
      drivers: [
        { concept: "review_rating", weight: 2.2 },
        { concept: "rating", weight: 2.2 },
        { concept: "is_returned", weight: -1.0 },
        { concept: "delivery_days", weight: -0.3 },
      ],
    },
    {
      id: "cart_id",
      names: ["cart id", "basket id", "session id", "cart number"],
      shape: { kind: "id", format: "pattern", pattern: "CART-########", unique: true },
    },
    {
      id: "cart_value",
      names: ["cart value", "cart total", "basket value", "cart amount", "value of cart", "cart size dollars"],
      shape: { kind: "number", distribution: "lognormal", mean: 105, sd: 120, min: 1, max: 8000, decimals: 2 },
    },
    {
      id: "items_in_cart",
      names: ["items in cart", "cart items", "number of items in cart", "cart size", "products in cart", "basket size"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "integer", distribution: "poisson", mean: 3.2, min: 1, max: 40 },
    },
    {
      id: "shopper_device",
      names: ["device type", "device", "device used", "shopping device", "platform", "browser device"],
      domains: ["e-commerce", "retail", "travel"],
      // Mobile is most e-commerce traffic and about 60% of US online orders.
      shape: { kind: "category", values: ["Mobile", "Desktop", "Tablet"], weights: [0.6, 0.34, 0.06] },
      source: "Salesforce Shopping Index 2023 (mobile share of orders ~60%)",
    },
    {
      id: "guest_checkout",
      names: ["guest checkout", "checked out as guest", "is guest", "guest user"],
      shape: { kind: "boolean", probability: 0.24 },
    },
    {
      id: "cart_abandoned",
      names: ["cart abandoned", "abandoned cart", "cart abandonment", "abandoned", "left without buying", "did not complete checkout"],
      outcome: true,
      // Baymard Institute: documented average cart abandonment 70.19% (49 studies).
      shape: { kind: "boolean", probability: 0.7 },
      source: "Baymard Institute, Cart Abandonment Rate Statistics (70.19% average)",
      drivers: [
        { concept: "shipping_cost", weight: 0.9 },
        { concept: "cart_value", weight: 0.4 },
        { concept: "guest_checkout", weight: 0.4 },
        { concept: "shopper_device", value: "Mobile", weight: 0.5 },
        { concept: "coupon_used", weight: -0.6 },
        { concept: "free_shipping", weight: -0.8 },
      ],
    },
    {
      id: "purchased",
      names: ["purchased", "made a purchase", "made purchase", "bought", "converted", "did buy", "completed purchase"],
      domains: ["e-commerce", "retail"],
      outcome: true,
      // Online store visit-to-order conversion is about 2-3%; per product page view higher, per cart ~30%.
      shape: { kind: "boolean", probability: 0.1 },
      source: "Dynamic Yield / IRP Commerce benchmarks (e-commerce conversion 2-3% of sessions)",
      drivers: [
        { concept: "items_in_cart", weight: 0.7 },
        { concept: "shop_session_minutes", weight: 0.8 },
        { concept: "pages_viewed", weight: 0.7 },
        { concept: "shopper_device", value: "Desktop", weight: 0.4 },
        { concept: "shipping_cost", weight: -0.5 },
        { concept: "returning_customer", weight: 0.6 },
      ],
    },
    {
      id: "shop_session_minutes",
      names: ["session duration", "time on site", "session length", "minutes on site", "time spent on site", "browsing time"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "number", distribution: "lognormal", mean: 7.5, sd: 8, min: 0.1, max: 180, decimals: 1 },
      units: [{ words: ["seconds", "secs", "sec", "s"], shape: { kind: "integer", distribution: "lognormal", mean: 450, sd: 480, min: 5, max: 10800 } }],
    },
    {
      id: "pages_viewed",
      names: ["pages viewed", "page views", "pageviews", "pages per session", "product views", "pages visited"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "integer", distribution: "lognormal", mean: 6, sd: 6, min: 1, max: 200 },
    },
    {
      id: "returning_customer",
      names: ["returning customer", "repeat customer", "is returning", "returning visitor", "existing customer", "new vs returning"],
      domains: ["e-commerce", "retail", "food"],
      shape: { kind: "boolean", probability: 0.38 },
    },
    {
      id: "loyalty_tier",
      names: ["loyalty tier", "membership tier", "loyalty level", "member tier", "membership level", "loyalty status", "reward tier", "tier level", "tier"],
      domains: ["e-commerce", "retail", "travel", "food"],
      // Tiered programmes are pyramids: most members in the entry tier.
      shape: { kind: "category", values: ["Bronze", "Silver", "Gold", "Platinum"], weights: [0.52, 0.27, 0.15, 0.06] },
    },
    {
      id: "loyalty_points",
      names: ["loyalty points", "reward points", "points balance", "points earned", "rewards points", "points"],
      domains: ["e-commerce", "retail", "travel", "food"],
      shape: { kind: "integer", distribution: "lognormal", mean: 2200, sd: 3200, min: 0, max: 250000 },
      relations: [
        {
          kind: "conditional",
          on: "loyalty_tier",
          cases: [
            { value: "Bronze", mean: 600, sd: 500, min: 0, max: 5000 },
            { value: "Silver", mean: 2500, sd: 1500, min: 200, max: 15000 },
            { value: "Gold", mean: 6500, sd: 3500, min: 1000, max: 40000 },
            { value: "Platinum", mean: 18000, sd: 10000, min: 4000, max: 250000 },
          ],
        },
      ],
    },
    {
      id: "loyalty_member",
      names: ["loyalty member", "is member", "loyalty program member", "rewards member", "prime member", "has membership", "member"],
      domains: ["e-commerce", "retail", "food", "travel"],
      shape: { kind: "boolean", probability: 0.45 },
    },
    {
      id: "orders_count",
      names: ["number of orders", "order count", "total orders", "orders placed", "num orders", "purchase count", "number of purchases", "frequency", "orders"],
      domains: ["e-commerce", "retail", "food"],
      shape: { kind: "integer", distribution: "lognormal", mean: 5, sd: 7, min: 1, max: 300 },
    },
    {
      id: "days_since_last_order",
      names: ["days since last order", "days since last purchase", "recency", "recency days", "days since purchase", "last purchase days ago"],
      domains: ["e-commerce", "retail", "food"],
      shape: { kind: "integer", distribution: "exponential", mean: 70, min: 0, max: 1095 },
    },
    {
      id: "ecommerce_aov",
      names: ["aov", "average order value", "avg order value", "mean order value", "avg basket value"],
      domains: ["e-commerce", "retail", "food"],
      shape: { kind: "number", distribution: "lognormal", mean: 110, sd: 70, min: 5, max: 3000, decimals: 2 },
      source: "Salesforce Shopping Index (US AOV about $100-150)",
    },
    {
      id: "ecommerce_clv",
      names: ["customer lifetime value", "lifetime value", "clv", "ltv", "cltv", "total spend", "lifetime spend", "monetary value", "monetary"],
      domains: ["e-commerce", "retail", "food"],
      outcome: true,
      shape: { kind: "number", distribution: "lognormal", mean: 650, sd: 900, min: 5, max: 60000, decimals: 2 },
      drivers: [
        { concept: "orders_count", weight: 0.8 },
        { concept: "purchase_count", weight: 0.8 },
        { concept: "ecommerce_aov", weight: 0.5 },
        { concept: "loyalty_member", weight: 0.3 },
        { concept: "days_since_last_order", weight: -0.3 },
      ],
    },
    {
      id: "repeat_purchase",
      names: ["repeat purchase", "purchased again", "bought again", "made repeat purchase", "will buy again", "repurchased", "reorder"],
      domains: ["e-commerce", "retail", "food"],
      outcome: true,
      // Roughly a quarter to a third of first-time online buyers order again within a year.
      shape: { kind: "boolean", probability: 0.28 },
      drivers: [
        { concept: "review_rating", weight: 0.9 },
        { concept: "rating", weight: 0.9 },
        { concept: "loyalty_member", weight: 0.7 },
        { concept: "delivery_days", weight: -0.5 },
        { concept: "is_returned", weight: -0.6 },
        { concept: "coupon_used", weight: 0.3 },
      ],
    },
  ],
};
