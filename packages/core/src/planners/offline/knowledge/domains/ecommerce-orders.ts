import type { DomainKnowledge } from "../types.js";

/**
 * Online orders: dates, shipping, payment, money columns of an order and returns.
 * Relations are listed most specific FIRST: of each kind the planner applies the first
 * whose concepts are all columns (offsets add up: after the later of order and ship). Money
 * relations: subtotal = qty x unit price, discount within the subtotal/total, amount
 * paid = total - discount, so no relation loops. `quantity` and `price` are the general
 * module's concepts (what a bare "quantity"/"price" means); `order_quantity` and
 * `unit_price` the e-commerce-specific names.
 */
export const ecommerceOrders: DomainKnowledge = {
  domain: "e-commerce",
  words: ["e-commerce", "ecommerce", "online store", "online shop", "webshop", "web shop", "shopify", "amazon", "orders", "online orders", "checkout", "shopping", "purchases", "marketplace", "etsy", "ebay"],
  defaults: ["order id", "order date", "product category", "unit price", "quantity", "order total", "payment method", "shipping carrier", "ship date", "delivery date", "returned"],
  concepts: [
    {
      id: "order_id",
      names: ["order id", "order number", "order no", "order #", "order ref", "order reference", "orderid"],
      shape: { kind: "id", format: "pattern", pattern: "ORD-#######", unique: true },
    },
    {
      id: "order_date",
      names: ["order date", "date ordered", "ordered on", "order placed", "purchase date", "date of purchase", "order day", "purchased on"],
      // Retail seasonality: weekends and the Nov-Dec holiday peak are busier (US Census quarterly e-commerce report).
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31", seasonality: "retail" },
      source: "US Census Bureau, Quarterly Retail E-Commerce Sales (Q4 peak)",
    },
    {
      id: "order_datetime",
      names: ["order timestamp", "order time", "order datetime", "purchase timestamp", "purchase time", "checkout time"],
      shape: { kind: "datetime", from: "2022-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z", seasonality: "retail" },
    },
    {
      id: "ship_date",
      names: ["ship date", "shipped date", "shipping date", "date shipped", "shipped on", "dispatch date", "dispatched on", "fulfillment date"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      // Most retailers ship within 1-2 business days (handling time); same day is common.
      relations: [
        { kind: "offset", of: ["order_date"], direction: "after", gap: { min: 0, max: 7, distribution: "lognormal", median: 1 } },
        { kind: "offset", of: ["order_datetime"], direction: "after", gap: { min: 0, max: 7, distribution: "lognormal", median: 1 } },
      ],
    },
    {
      id: "delivery_date",
      names: ["delivery date", "delivered date", "date delivered", "delivered on", "arrival date", "received date", "actual delivery date"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      // Ground parcels: 1-5 business days in the US, mostly 2-3 (UPS/FedEx ground maps); a long tail to ~10.
      source: "UPS Ground and FedEx Ground transit maps (1-5 business days)",
      relations: [
        { kind: "offset", of: ["order_date"], direction: "after", gap: { min: 1, max: 14, distribution: "lognormal", median: 4 } },
        { kind: "offset", of: ["ship_date"], direction: "after", gap: { min: 1, max: 10, distribution: "lognormal", median: 3 } },
      ],
    },
    {
      id: "estimated_delivery_date",
      names: ["estimated delivery date", "expected delivery date", "promised delivery date", "eta date", "estimated delivery"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      relations: [
        { kind: "offset", of: ["order_date"], direction: "after", gap: { min: 2, max: 10, distribution: "lognormal", median: 5 } },
        { kind: "offset", of: ["ship_date"], direction: "after", gap: { min: 1, max: 8, distribution: "lognormal", median: 3 } },
      ],
    },
    {
      id: "delivery_days",
      names: ["delivery days", "days to deliver", "days to delivery", "delivery time days", "delivery time", "shipping days", "days in transit", "transit days", "shipping time"],
      shape: { kind: "integer", distribution: "lognormal", mean: 4.2, sd: 2.3, min: 1, max: 21 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "integer", distribution: "lognormal", mean: 100, sd: 55, min: 4, max: 500 } }],
      relations: [
        { kind: "formula", expression: "days({order_date}, {delivery_date})", type: "integer" },
        { kind: "formula", expression: "days({ship_date}, {delivery_date})", type: "integer" },
      ],
    },
    {
      id: "shipping_carrier",
      names: ["shipping carrier", "shipping company", "delivery carrier", "carrier", "courier", "shipper", "delivery partner", "shipped via", "ship via"],
      domains: ["e-commerce", "retail", "logistics"],
      // US parcel volume 2023 without Amazon's own network: USPS ~6.4bn, UPS ~4.6bn, FedEx ~3.4bn, DHL small in domestic.
      shape: { kind: "category", values: ["USPS", "UPS", "FedEx", "DHL"], weights: [0.4, 0.3, 0.23, 0.07] },
      source: "Pitney Bowes Parcel Shipping Index 2024 (US parcel volumes by carrier)",
    },
    {
      id: "shipping_method",
      names: ["shipping method", "shipping type", "shipping option", "shipping speed", "delivery method", "delivery option", "ship mode", "shipping mode", "service level"],
      shape: { kind: "category", values: ["Standard", "Expedited", "Two-Day", "Next Day", "Store Pickup"], weights: [0.58, 0.16, 0.14, 0.05, 0.07] },
    },
    {
      id: "shipping_cost",
      names: ["shipping cost", "shipping fee", "shipping charge", "shipping price", "delivery fee", "delivery charge", "postage", "shipping"],
      domains: ["e-commerce", "retail"],
      // Many orders ship free over a threshold; paid standard parcels cost about $5-10.
      shape: { kind: "number", distribution: "lognormal", mean: 7.5, sd: 5.5, min: 0, max: 75, decimals: 2 },
      relations: [
        {
          kind: "conditional",
          on: "shipping_method",
          cases: [
            { value: "Standard", mean: 5.5, sd: 3, min: 0, max: 20 },
            { value: "Expedited", mean: 11, sd: 4, min: 4, max: 35 },
            { value: "Two-Day", mean: 14, sd: 5, min: 6, max: 40 },
            { value: "Next Day", mean: 26, sd: 8, min: 12, max: 75 },
            { value: "Store Pickup", mean: 0.5, sd: 0.5, min: 0, max: 2 },
          ],
        },
      ],
    },
    {
      id: "free_shipping",
      names: ["free shipping", "shipped free", "free delivery", "qualifies for free shipping"],
      shape: { kind: "boolean", probability: 0.48 },
    },
    {
      id: "tracking_number",
      names: ["tracking number", "tracking id", "tracking code", "tracking no", "waybill number", "awb"],
      shape: { kind: "id", format: "pattern", pattern: "1Z***###########", unique: true },
    },
    {
      id: "order_status",
      names: ["order status", "status of order", "fulfillment status", "order state", "shipping status", "delivery status"],
      shape: { kind: "category", values: ["Delivered", "Shipped", "Processing", "Pending", "Cancelled", "Returned"], weights: [0.68, 0.09, 0.05, 0.03, 0.06, 0.09] },
    },
    {
      id: "payment_method",
      names: ["payment method", "payment type", "payment mode", "paid with", "pay method", "payment option", "mode of payment", "payment"],
      domains: ["e-commerce", "travel", "food", "insurance"],
      // US online: cards about half, digital wallets about a third, buy-now-pay-later ~5%.
      shape: {
        kind: "category",
        values: ["Credit Card", "Debit Card", "PayPal", "Apple Pay", "Google Pay", "Buy Now Pay Later", "Gift Card", "Bank Transfer"],
        weights: [0.32, 0.19, 0.2, 0.1, 0.05, 0.06, 0.04, 0.04],
      },
      source: "Worldpay Global Payments Report 2024 (US e-commerce payment mix)",
    },
    {
      id: "unit_price",
      names: ["unit price", "price per unit", "price per item", "item price", "price each", "unit cost price", "selling price", "list price", "product price", "msrp"],
      domains: ["e-commerce", "retail", "logistics", "manufacturing"],
      shape: { kind: "number", distribution: "lognormal", mean: 42, sd: 55, min: 0.99, max: 2500, decimals: 2 },
      relations: [
        {
          kind: "conditional",
          on: "product_category",
          cases: [
            { value: "Electronics", mean: 180, sd: 220, min: 5, max: 2500 },
            { value: "Clothing", mean: 38, sd: 28, min: 4, max: 400 },
            { value: "Home & Kitchen", mean: 45, sd: 50, min: 3, max: 900 },
            { value: "Beauty & Personal Care", mean: 22, sd: 18, min: 2, max: 250 },
            { value: "Books", mean: 17, sd: 9, min: 2.99, max: 120 },
            { value: "Sports & Outdoors", mean: 48, sd: 60, min: 4, max: 1200 },
            { value: "Toys & Games", mean: 28, sd: 25, min: 3, max: 400 },
            { value: "Grocery", mean: 11, sd: 8, min: 0.99, max: 90 },
            { value: "Health & Household", mean: 19, sd: 15, min: 1.99, max: 200 },
            { value: "Jewelry", mean: 85, sd: 120, min: 8, max: 2500 },
            { value: "Pet Supplies", mean: 26, sd: 22, min: 2, max: 300 },
          ],
        },
      ],
    },
    {
      id: "order_subtotal",
      names: ["subtotal", "sub total", "sub-total", "line total", "line amount", "item total", "items total", "gross amount", "merchandise total", "extended price"],
      shape: { kind: "number", distribution: "lognormal", mean: 78, sd: 95, min: 0.99, max: 10000, decimals: 2 },
      relations: [
        { kind: "formula", expression: "round({order_quantity} * {unit_price}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {unit_price}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_quantity} * {price}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {price}, 2)", decimals: 2 },
        // Only the item count known: items of about $27 (median) each, so bigger baskets cost more.
        { kind: "formula", expression: "round({order_quantity} * exp(normal(3.3, 0.75)), 2)", decimals: 2, min: 0.99 },
        { kind: "formula", expression: "round({quantity} * exp(normal(3.3, 0.75)), 2)", decimals: 2, min: 0.99 },
      ],
    },
    {
      id: "order_total",
      names: ["order total", "total amount", "total price", "order value", "order amount", "total order value", "grand total", "total cost", "total spent", "basket total", "total"],
      domains: ["e-commerce", "retail", "food"],
      // Average US online order value about $100-150 (Salesforce Shopping Index); right-skewed.
      shape: { kind: "number", distribution: "lognormal", mean: 92, sd: 105, min: 1, max: 15000, decimals: 2 },
      source: "Salesforce Shopping Index / Dynamic Yield benchmarks (AOV about $100-150)",
      relations: [
        { kind: "formula", expression: "round({order_subtotal} + {shipping_cost}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_quantity} * {unit_price} + {shipping_cost}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {unit_price} + {shipping_cost}, 2)", decimals: 2 },
        // A discount percent beside the total: the total is what was charged after it.
        { kind: "formula", expression: "round({order_quantity} * {unit_price} * (1 - {discount_percent} / 100), 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {unit_price} * (1 - {discount_percent} / 100), 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_quantity} * {unit_price}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {unit_price}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_quantity} * {price}, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {price}, 2)", decimals: 2 },
      ],
    },
    {
      id: "order_quantity",
      names: ["order quantity", "quantity ordered", "qty ordered", "units ordered", "items ordered", "order qty", "number of items", "num items", "item count", "qty"],
      domains: ["e-commerce", "retail", "food"],
      // Most order lines are 1-2 units.
      shape: { kind: "integer", distribution: "poisson", mean: 1.8, min: 1, max: 20 },
    },
    {
      id: "discount_percent",
      names: ["discount percent", "discount percentage", "discount %", "discount pct", "discount rate", "percent off", "% off", "markdown percent"],
      // Most orders carry no or a small discount; promotions cluster at 10-30% off.
      shape: { kind: "integer", distribution: "exponential", mean: 9, min: 0, max: 60 },
      units: [{ words: ["fraction", "ratio", "share", "decimal"], shape: { kind: "number", distribution: "exponential", mean: 0.09, min: 0, max: 0.6, decimals: 2 } }],
    },
    {
      id: "discount_amount",
      names: ["discount amount", "discount value", "discount applied", "amount discounted", "coupon amount", "savings", "discount", "money off", "markdown"],
      domains: ["e-commerce", "retail", "food", "travel"],
      shape: { kind: "number", distribution: "exponential", mean: 9, min: 0, max: 500, decimals: 2 },
      relations: [
        { kind: "bounds", atMost: ["order_subtotal"] },
        { kind: "bounds", atMost: ["order_total"] },
        // No percent column: about half the orders carry no discount, the rest 5-30% off.
        { kind: "formula", expression: "round({order_subtotal} * {discount_percent} / 100, 2)", decimals: 2 },
        // Of the price before the discount, so a total charged after it and this add up.
        { kind: "formula", expression: "round({order_quantity} * {unit_price} * {discount_percent} / 100, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {unit_price} * {discount_percent} / 100, 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_total} * {discount_percent} / 100, 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {price} * {discount_percent} / 100, 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_subtotal} * if(uniform(0, 1) < 0.55, 0, uniform(0.05, 0.3)), 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_total} * if(uniform(0, 1) < 0.55, 0, uniform(0.05, 0.3)), 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_quantity} * {unit_price} * if(uniform(0, 1) < 0.55, 0, uniform(0.05, 0.3)), 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {unit_price} * if(uniform(0, 1) < 0.55, 0, uniform(0.05, 0.3)), 2)", decimals: 2 },
        { kind: "formula", expression: "round({quantity} * {price} * if(uniform(0, 1) < 0.55, 0, uniform(0.05, 0.3)), 2)", decimals: 2 },
      ],
    },
    {
      id: "amount_paid",
      names: ["amount paid", "net amount", "net total", "final price", "final amount", "total after discount", "paid amount", "net sales", "charged amount"],
      domains: ["e-commerce", "retail", "food"],
      shape: { kind: "number", distribution: "lognormal", mean: 84, sd: 95, min: 0, max: 15000, decimals: 2 },
      relations: [
        { kind: "formula", expression: "round({order_total} - {discount_amount}, 2)", decimals: 2, min: 0 },
        { kind: "formula", expression: "round({order_subtotal} - {discount_amount}, 2)", decimals: 2, min: 0 },
      ],
    },
    {
      id: "coupon_used",
      names: ["coupon used", "used coupon", "used a coupon", "promo used", "used promo code", "has coupon", "coupon applied"],
      shape: { kind: "boolean", probability: 0.27 },
    },
    {
      id: "promo_code",
      names: ["promo code", "coupon code", "discount code", "voucher code", "voucher", "coupon"],
      shape: { kind: "category", values: ["SAVE10", "WELCOME15", "FREESHIP", "SPRING20", "BFCM25", "VIP30"], weights: [0.3, 0.24, 0.2, 0.1, 0.1, 0.06], nullRate: 0.72 },
    },
    {
      id: "sales_tax",
      names: ["sales tax", "tax amount", "tax", "vat", "gst"],
      domains: ["e-commerce", "retail", "food"],
      // US combined state+local sales tax averages about 7% (Tax Foundation 2024).
      shape: { kind: "number", distribution: "lognormal", mean: 6.4, sd: 7.5, min: 0, max: 1200, decimals: 2 },
      source: "Tax Foundation, State and Local Sales Tax Rates 2024 (average combined rate ~7%)",
      relations: [
        { kind: "formula", expression: "round({order_subtotal} * 0.07, 2)", decimals: 2 },
        { kind: "formula", expression: "round({order_total} * 0.07, 2)", decimals: 2 },
      ],
    },
    {
      id: "order_channel",
      names: ["order channel", "sales channel", "purchase channel", "channel", "ordered via", "order source"],
      domains: ["e-commerce", "retail"],
      shape: { kind: "category", values: ["Website", "Mobile App", "Marketplace", "Social Commerce", "Phone"], weights: [0.44, 0.34, 0.14, 0.06, 0.02] },
    },
    {
      id: "is_returned",
      names: ["returned", "was returned", "is returned", "item returned", "order returned", "return flag", "product returned", "return"],
      outcome: true,
      // NRF/Appriss 2023: 14.5% of retail sales returned, ~17.6% of online sales.
      shape: { kind: "boolean", probability: 0.17 },
      source: "NRF & Appriss Retail, 2023 Consumer Returns in the Retail Industry (online return rate 17.6%)",
      drivers: [
        { concept: "product_category", value: "Clothing", weight: 0.9 },
        { concept: "review_rating", weight: -1.1 },
        { concept: "rating", weight: -1.1 },
        { concept: "delivery_days", weight: 0.4 },
        { concept: "unit_price", weight: 0.3 },
        { concept: "discount_percent", weight: 0.3 },
        { concept: "order_quantity", weight: 0.3 },
        { concept: "verified_purchase", weight: -0.2 },
      ],
    },
    {
      id: "return_reason",
      names: ["return reason", "reason for return", "reason returned", "why returned", "return cause"],
      shape: {
        kind: "category",
        values: ["Wrong size or fit", "Damaged or defective", "Not as described", "Changed mind", "Arrived too late", "Better price found", "Wrong item sent"],
        weights: [0.3, 0.2, 0.16, 0.14, 0.06, 0.06, 0.08],
      },
      relations: [
        {
          kind: "conditionalWeights",
          on: "product_category",
          cases: [
            { value: "Clothing", weights: [0.55, 0.1, 0.12, 0.12, 0.03, 0.03, 0.05] },
            { value: "Electronics", weights: [0.03, 0.38, 0.2, 0.14, 0.07, 0.1, 0.08] },
          ],
        },
      ],
    },
    {
      id: "return_date",
      names: ["return date", "returned date", "date returned", "returned on", "return requested date"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      // Most return windows are 30 days; returns cluster in the first two weeks.
      relations: [
        { kind: "offset", of: ["order_date"], direction: "after", gap: { min: 3, max: 40, distribution: "lognormal", median: 12 } },
        { kind: "offset", of: ["delivery_date"], direction: "after", gap: { min: 1, max: 30, distribution: "lognormal", median: 8 } },
      ],
    },
    {
      id: "refund_amount",
      names: ["refund amount", "refunded amount", "amount refunded", "refund value", "refund"],
      shape: { kind: "number", distribution: "lognormal", mean: 60, sd: 70, min: 0, max: 10000, decimals: 2 },
      relations: [
        { kind: "bounds", atMost: ["amount_paid"] },
        { kind: "bounds", atMost: ["order_total"] },
      ],
    },
  ],
};
