import type { DomainKnowledge } from "../types.js";

/** Restaurants and food delivery: orders, dishes, bills and tips, delivery times, inspections. */
export const food: DomainKnowledge = {
  domain: "food",
  words: ["restaurant", "restaurants", "food", "food delivery", "doordash", "uber eats", "ubereats", "grubhub", "menu", "dishes", "cafe", "diner", "takeout", "waiter", "tips", "meals", "kitchen", "coffee shop", "coffee shops", "café", "coffeehouse", "barista", "bakery"],
  defaults: ["order id", "restaurant name", "cuisine", "dish", "bill amount", "tip", "party size", "delivery time minutes", "rating"],
  concepts: [
    // Recipes people post, after the Food.com recipes of Majumder et al. (2019, 230k recipes): named with
    // the recipe, so a recipe table reads them, while a restaurant's prep time and calories stay its own.
    {
      id: "recipe_ingredients",
      names: ["recipe ingredients", "number of ingredients", "ingredient count", "recipe number of ingredients", "n ingredients"],
      domains: ["food"],
      source: "Majumder et al. (2019), Generating Personalized Recipes from Historical User Preferences (Food.com): 9 ingredients on average, sd 3.7",
      shape: { kind: "integer", distribution: "normal", mean: 9, sd: 3.7, min: 2, max: 30 },
    },
    {
      id: "recipe_prep_time",
      names: ["recipe prep time", "recipe preparation time", "recipe minutes", "recipe cook time", "recipe total time"],
      source: "Majumder et al. (2019), Food.com recipes: median 40 minutes, long tail of slow cooks",
      shape: { kind: "integer", distribution: "lognormal", mean: 45, sd: 35, min: 5, max: 480 },
      units: [{ words: ["minutes", "mins", "min", "in minutes", "in mins"], shape: { kind: "integer", distribution: "lognormal", mean: 45, sd: 35, min: 5, max: 480 } }],
    },
    {
      id: "recipe_calories",
      names: ["recipe calories", "recipe calories per serving", "recipe calories per portion", "recipe kcal"],
      source: "Majumder et al. (2019), Food.com recipes: calories per serving median about 310, mean about 430",
      shape: { kind: "integer", distribution: "lognormal", mean: 430, sd: 300, min: 20, max: 2000 },
    },
    {
      id: "restaurant_name",
      names: ["restaurant name", "restaurant", "eatery", "venue name", "merchant restaurant"],
      domains: ["food"],
      shape: { kind: "category", values: ["Golden Dragon", "Bella Napoli", "Taco Loco", "The Burger Joint", "Sakura Sushi", "Spice Route", "Green Bowl", "Le Petit Bistro", "Smokehouse BBQ", "Pho Saigon", "Mediterranean Grill", "Sunrise Diner"], weights: [0.09, 0.09, 0.09, 0.11, 0.08, 0.08, 0.07, 0.06, 0.08, 0.07, 0.08, 0.1] },
    },
    {
      id: "cuisine",
      names: ["cuisine", "cuisine type", "food type", "type of food", "food category", "cuisine style"],
      domains: ["food", "travel"],
      // US restaurant mix: American, Mexican, Italian, Chinese, pizza lead (menu census data).
      shape: { kind: "category", values: ["American", "Mexican", "Italian", "Chinese", "Japanese", "Indian", "Thai", "Mediterranean", "Fast Food", "Vegetarian"], weights: [0.22, 0.14, 0.14, 0.12, 0.07, 0.06, 0.05, 0.05, 0.11, 0.04] },
    },
    {
      id: "dish_name",
      names: ["dish", "dish name", "menu item", "meal", "food item", "item ordered", "entree", "plate"],
      domains: ["food"],
      shape: { kind: "faker", method: "food.dish" },
    },
    {
      id: "menu_price",
      names: ["menu price", "dish price", "item price", "price of dish", "meal price", "entree price"],
      domains: ["food"],
      // US casual dining entrees ~$12-25.
      shape: { kind: "number", distribution: "lognormal", mean: 16.5, sd: 7, min: 2.5, max: 120, decimals: 2 },
    },
    {
      id: "drink_price",
      names: ["drink price", "coffee price", "beverage price", "cup price", "price per cup", "price of drink", "price of coffee", "drink cost", "coffee shop price"],
      domains: ["food", "retail"],
      // US coffee-shop drinks: about $3-6 (brewed coffee ~$3, lattes ~$5; Square/Toast menu price reports 2024).
      shape: { kind: "number", distribution: "lognormal", mean: 4.6, sd: 1.3, min: 1.5, max: 12, decimals: 2 },
      source: "Toast Restaurant Trends 2024: average latte about $5, brewed coffee about $3",
    },
    {
      id: "cups_sold",
      names: ["cups sold", "number of cups sold", "drinks sold", "coffees sold", "number of drinks sold", "beverages sold"],
      domains: ["food", "retail"],
      // One drink on one day at one café: a few dozen cups.
      shape: { kind: "integer", distribution: "poisson", mean: 35, min: 0, max: 400 },
      outcome: true,
      drivers: [
        { concept: "air_temperature", weight: -0.4 },
        { concept: "drink_price", weight: -0.3 },
        { concept: "footfall", weight: 0.6 },
        { concept: "on_promotion", weight: 0.4 },
      ],
      source: "Hot-drink sales fall as outdoor temperature rises (retail weather-demand studies)",
    },
    {
      id: "price_level",
      names: ["price level", "price range", "price tier", "price category", "cost level", "price bracket"],
      domains: ["food", "travel"],
      // Yelp-style tiers: most restaurants are $ or $$.
      shape: { kind: "category", values: ["$", "$$", "$$$", "$$$$"], weights: [0.32, 0.46, 0.17, 0.05] },
      source: "Yelp Open Dataset (RestaurantsPriceRange2 shares)",
    },
    {
      id: "bill_amount",
      names: ["bill amount", "total bill", "check amount", "bill", "check total", "meal cost", "tab", "food total"],
      domains: ["food"],
      shape: { kind: "number", distribution: "lognormal", mean: 48, sd: 32, min: 3, max: 1500, decimals: 2 },
      relations: [{ kind: "conditional", on: "meal_time", cases: [{ value: "Breakfast", mean: 24, sd: 12, min: 3, max: 200 }, { value: "Lunch", mean: 34, sd: 20, min: 4, max: 600 }, { value: "Dinner", mean: 62, sd: 40, min: 6, max: 1500 }, { value: "Late Night", mean: 30, sd: 18, min: 3, max: 400 }] }],
    },
    {
      id: "tip_amount",
      names: ["tip", "tip amount", "gratuity", "tips", "tip paid", "tip $"],
      domains: ["food", "travel"],
      outcome: true,
      // US sit-down tips ~15-20% of the bill; delivery tips ~$3-6.
      shape: { kind: "number", distribution: "lognormal", mean: 8.5, sd: 5.5, min: 0, max: 300, decimals: 2 },
      source: "Toast Restaurant Trends Report 2024 (average full-service tip ~19%)",
      // Drivers, not a formula from the bill: a target cannot be a formula column.
      relations: [{ kind: "bounds", atMost: ["bill_amount"] }],
      drivers: [
        { concept: "bill_amount", weight: 0.8 },
        { concept: "party_size", weight: 0.25 },
        { concept: "service_rating", weight: 0.3 },
        { concept: "delivery_time_minutes", weight: -0.15 },
      ],
    },
    {
      id: "tip_percent",
      names: ["tip percent", "tip %", "tip percentage", "tip rate", "gratuity percent"],
      domains: ["food"],
      shape: { kind: "number", distribution: "normal", mean: 18.5, sd: 4.5, min: 0, max: 40, decimals: 1 },
      source: "Toast Restaurant Trends Report 2024 (average full-service tip ~19%)",
      relations: [{ kind: "formula", expression: "round(100 * {tip_amount} / {bill_amount}, 1)", decimals: 1 }],
    },
    {
      id: "party_size",
      names: ["party size", "size of party", "table size", "number of diners", "covers", "diners", "group size", "people at table", "guests at table"],
      domains: ["food"],
      shape: { kind: "integer", distribution: "poisson", mean: 2.6, min: 1, max: 12 },
    },
    {
      id: "meal_time",
      names: ["meal time", "time of day meal", "meal period", "daypart", "service period", "meal type"],
      domains: ["food"],
      shape: { kind: "category", values: ["Breakfast", "Lunch", "Dinner", "Late Night"], weights: [0.17, 0.33, 0.43, 0.07] },
    },
    {
      id: "dining_option",
      names: ["dining option", "order type", "service type", "dine in or takeout", "fulfillment type", "order mode"],
      domains: ["food"],
      shape: { kind: "category", values: ["Dine-in", "Takeout", "Delivery", "Drive-thru"], weights: [0.38, 0.24, 0.22, 0.16] },
    },
    {
      id: "delivery_platform",
      names: ["delivery platform", "delivery app", "platform", "app used", "ordered through"],
      domains: ["food"],
      // US food-delivery sales share 2024: DoorDash ~67%, Uber Eats ~23%, Grubhub ~6%.
      shape: { kind: "category", values: ["DoorDash", "Uber Eats", "Grubhub", "Direct"], weights: [0.6, 0.22, 0.06, 0.12] },
      source: "Bloomberg Second Measure, US meal-delivery sales share 2024",
    },
    {
      id: "delivery_time_minutes",
      names: ["delivery time", "delivery time minutes", "minutes to deliver", "delivery duration", "time to deliver", "eta minutes", "delivery mins", "time taken"],
      domains: ["food"],
      // Food delivery typically 25-45 minutes door to door.
      shape: { kind: "integer", distribution: "lognormal", mean: 36, sd: 12, min: 10, max: 120 },
      relations: [{ kind: "formula", expression: "round({prep_time_minutes} + {delivery_distance_km} * 3 + normal(6, 4))", type: "integer", min: 8 }],
    },
    {
      id: "prep_time_minutes",
      names: ["prep time", "preparation time", "cook time", "kitchen time", "prep minutes", "time to prepare"],
      domains: ["food"],
      shape: { kind: "integer", distribution: "lognormal", mean: 16, sd: 7, min: 3, max: 75 },
    },
    {
      id: "delivery_distance_km",
      names: ["delivery distance", "delivery distance km", "delivery distance miles", "distance to customer", "distance km", "distance miles", "distance", "km from restaurant"],
      domains: ["food"],
      shape: { kind: "number", distribution: "lognormal", mean: 4.2, sd: 2.8, min: 0.2, max: 25, decimals: 1 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 2.6, sd: 1.7, min: 0.1, max: 15, decimals: 1 } }],
    },
    {
      id: "delivery_fee",
      names: ["delivery fee", "delivery charge", "service fee", "delivery cost"],
      domains: ["food"],
      shape: { kind: "number", distribution: "lognormal", mean: 3.9, sd: 2.2, min: 0, max: 15, decimals: 2 },
    },
    {
      id: "service_rating",
      names: ["service rating", "rating of service", "waiter rating", "courier rating", "delivery rating", "food rating", "restaurant rating"],
      domains: ["food"],
      shape: { kind: "integer", distribution: "normal", mean: 4.3, sd: 0.95, min: 1, max: 5 },
    },
    {
      id: "calories",
      names: ["calories", "kcal", "calorie count", "energy kcal", "calories per serving"],
      domains: ["food"],
      // FDA reference 2,000 kcal/day; restaurant entrees ~600-1,200 kcal.
      shape: { kind: "integer", distribution: "lognormal", mean: 720, sd: 320, min: 20, max: 3000 },
      units: [{ words: ["kj", "kilojoules"], shape: { kind: "integer", distribution: "lognormal", mean: 3010, sd: 1340, min: 80, max: 12500 } }],
      source: "Urban et al. (2016), JAND, calorie content of US restaurant meals",
    },
    {
      id: "spice_level",
      names: ["spice level", "spiciness", "heat level", "spicy"],
      domains: ["food"],
      shape: { kind: "category", values: ["Mild", "Medium", "Hot", "Extra Hot"], weights: [0.45, 0.33, 0.16, 0.06] },
    },
    {
      id: "is_vegetarian",
      names: ["vegetarian", "is vegetarian", "veg", "veggie", "plant based", "meat free"],
      domains: ["food"],
      shape: { kind: "boolean", probability: 0.22 },
    },
    {
      id: "order_late_food",
      names: ["order late", "late order", "delivered late food", "late delivery food"],
      domains: ["food"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.15 },
      drivers: [
        { concept: "delivery_distance_km", weight: 0.9 },
        { concept: "prep_time_minutes", weight: 0.8 },
        { concept: "precipitation_mm", weight: 0.4 },
        { concept: "meal_time", value: "Dinner", weight: 0.3 },
      ],
    },
    {
      id: "health_inspection_score",
      names: ["inspection score", "health inspection score", "health score", "sanitation score", "inspection grade score"],
      domains: ["food"],
      // Jurisdictions scoring out of 100 (e.g. LA County): most restaurants score 85-100.
      shape: { kind: "integer", distribution: "normal", mean: 91, sd: 6, min: 50, max: 100 },
    },
    {
      id: "inspection_grade",
      names: ["inspection grade", "health grade", "health inspection grade", "letter grade"],
      domains: ["food"],
      // NYC DOHMH: ~90% of graded restaurants hold an A.
      shape: { kind: "category", values: ["A", "B", "C"], weights: [0.88, 0.08, 0.04] },
      source: "NYC DOHMH Restaurant Inspection Results (share of A grades)",
    },
    {
      id: "violation_count",
      names: ["number of violations", "violations", "violation count", "violations found", "critical violations", "num violations"],
      domains: ["food"],
      source: "NYC DOHMH restaurant inspection results: a median of ~3 violations per inspection",
      shape: { kind: "integer", distribution: "poisson", mean: 3, min: 0, max: 25 },
    },
    {
      id: "inspection_passed",
      names: ["passed", "passed inspection", "inspection passed", "inspection result passed", "pass"],
      domains: ["food"],
      outcome: true,
      source: "Most restaurant inspections pass (e.g. Chicago food inspections ~70% pass)",
      shape: { kind: "boolean", probability: 0.75 },
      drivers: [
        { concept: "violation_count", weight: -1.2 },
        { concept: "health_inspection_score", weight: 1.2 },
        { concept: "inspection_grade", value: "C", weight: -1.5 },
        { concept: "inspection_grade", value: "A", weight: 0.8 },
      ],
    },
  ],
  links: [
    { from: "violation_count", to: "inspection_passed", weight: -1.2 },
    { from: "health_inspection_score", to: "inspection_passed", weight: 1.2 },
    { from: "violation_count", to: "health_inspection_score", weight: -0.8, source: "Points are deducted per violation (e.g. LA County, NYC DOHMH)" },
  ],
};
