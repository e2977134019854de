// Product names that belong to their category ("Wireless Earbuds" in Electronics, never
// "Small Bronze Sausages" in Sports & Outdoors): the derived rule product_name reads the row's
// category and builds "<modifier> <noun>", sometimes with a variant, from that category's words.
import type { Random } from "./random.js";

/** Modifiers that fit every noun of their group ("Grain-Free" goes with dog food, not with a leash). */
type Group = readonly [modifiers: readonly string[], nouns: readonly string[]];

interface Vocabulary {
  groups: readonly Group[];
  variants: readonly string[];
}

const SIZES = ["Small", "Medium", "Large", "XL"];
const COLORS = ["Black", "White", "Navy", "Grey", "Red", "Blue", "Green", "Beige"];

/** Category words (matched in the value, case-insensitive) and the words of their products. */
const VOCABULARIES: readonly (readonly [RegExp, Vocabulary])[] = [
  [/\b(electronic|tech|computer|gadget|audio|phone|camera|appliance)/i, {
    groups: [
      [["Wireless", "Bluetooth", "Noise-Cancelling", "Over-Ear", "Waterproof"], ["Earbuds", "Headphones", "Speaker", "Soundbar"]],
      [["Wireless", "Mechanical", "Ergonomic", "Backlit", "Compact"], ["Keyboard", "Mouse", "Trackpad"]],
      [["27-inch 4K", "24-inch HD", "Curved", "Portable"], ["Monitor"]],
      [["Fast-Charging", "USB-C", "Portable", "20000mAh", "Magnetic"], ["Power Bank", "Charger", "Charging Cable"]],
      [["HD", "4K", "Wide-Angle"], ["Webcam", "Action Camera", "Dash Cam"]],
      [["Smart", "Fitness", "GPS"], ["Watch", "Fitness Tracker"]],
      [["1TB", "2TB", "512GB", "Portable"], ["SSD Drive", "External Hard Drive", "USB Flash Drive"]],
    ],
    variants: COLORS.slice(0, 4),
  }],
  [/\b(cloth|apparel|fashion|wear|shoe|footwear)/i, {
    groups: [
      [["Classic", "Organic Cotton", "Slim Fit", "Relaxed Fit", "Men's", "Women's", "Kids'", "Vintage"], ["T-Shirt", "Hoodie", "Sweater", "Polo Shirt", "Cardigan"]],
      [["Slim Fit", "Straight Leg", "Relaxed Fit", "Stretch", "Men's", "Women's"], ["Jeans", "Chinos", "Shorts", "Trousers"]],
      [["Waterproof", "Lightweight", "Quilted", "Wool", "Hooded"], ["Rain Jacket", "Parka", "Blazer", "Coat", "Vest"]],
      [["Running", "Leather", "Canvas", "Suede", "Kids'"], ["Sneakers", "Ankle Boots", "Loafers", "Sandals"]],
      [["Wool", "Cotton", "Cashmere", "Knit"], ["Scarf", "Beanie", "Socks", "Gloves"]],
    ],
    variants: [...COLORS, ...SIZES],
  }],
  [/\b(home|kitchen|furniture|decor|household goods|garden|patio)/i, {
    groups: [
      [["Non-Stick", "Cast Iron", "Stainless Steel", "Ceramic"], ["Frying Pan", "Saucepan", "Dutch Oven", "Wok"]],
      [["Bamboo", "Acacia Wood", "Glass", "Stackable", "Airtight"], ["Cutting Board", "Storage Containers", "Mixing Bowls", "Serving Tray"]],
      [["Programmable", "Electric", "Compact", "Stainless Steel"], ["Coffee Maker", "Kettle", "Blender", "Toaster", "Air Fryer"]],
      [["Egyptian Cotton", "Linen", "Memory Foam", "Velvet", "Waffle-Weave"], ["Bedsheet Set", "Pillow", "Throw Blanket", "Bath Towels", "Duvet Cover"]],
      [["Nordic", "Modern", "Rattan", "Brass", "Minimalist"], ["Table Lamp", "Wall Clock", "Mirror", "Vase", "Bookshelf"]],
    ],
    variants: [...COLORS.slice(0, 5), "Set of 2", "Set of 4"],
  }],
  [/\b(beauty|cosmetic|personal care|skin|makeup|fragrance)/i, {
    groups: [
      [["Hydrating", "Vitamin C", "Retinol", "Hyaluronic Acid", "Fragrance-Free", "Gentle"], ["Face Serum", "Moisturizer", "Cleanser", "Eye Cream", "Face Mask"]],
      [["Argan Oil", "Volumizing", "Sulfate-Free", "Anti-Dandruff", "Repairing"], ["Shampoo", "Conditioner", "Hair Oil", "Hair Mask"]],
      [["Matte", "Long-Wear", "Waterproof", "Tinted"], ["Lipstick", "Mascara", "Foundation", "Lip Balm", "Eyeliner"]],
      [["SPF 30", "SPF 50", "Mineral", "Nourishing", "Shea Butter"], ["Sunscreen", "Body Lotion", "Hand Cream"]],
    ],
    variants: ["50 ml", "100 ml", "200 ml", "2-Pack"],
  }],
  [/\b(book|media|music|movie|magazine)/i, {
    groups: [
      [["The Complete Guide to", "An Introduction to", "The Little Book of", "A Beginner's Guide to", "Mastering", "The Science of", "The Joy of"], ["Baking", "Roman History", "Python Programming", "Mindfulness", "Garden Design", "Statistics", "Astronomy", "Watercolour", "Personal Finance", "Sourdough", "Chess", "Data Science", "Photography", "Birdwatching", "Philosophy"]],
    ],
    variants: ["Paperback", "Hardcover", "2nd Edition"],
  }],
  [/\b(sport|outdoor|fitness|camping|gym|cycling)/i, {
    groups: [
      [["Non-Slip", "Extra-Thick", "Eco", "Travel"], ["Yoga Mat", "Exercise Mat"]],
      [["Adjustable", "Hex", "Neoprene", "Cast Iron"], ["Dumbbells", "Kettlebell", "Weight Plates"]],
      [["2-Person", "4-Person", "Ultralight", "Waterproof", "Insulated"], ["Tent", "Sleeping Bag", "Hiking Backpack", "Camping Stove"]],
      [["Insulated", "Stainless Steel", "Leak-Proof", "Collapsible"], ["Water Bottle", "Flask", "Lunch Box"]],
      [["Lightweight", "Trail", "Cushioned", "Waterproof"], ["Running Shoes", "Hiking Boots", "Cycling Shoes"]],
      [["Pro", "Junior", "Match", "Training"], ["Football", "Tennis Racket", "Basketball", "Badminton Set"]],
    ],
    variants: [...COLORS.slice(0, 4), ...SIZES.slice(0, 3)],
  }],
  [/\b(toy|game|kids|baby|puzzle)/i, {
    groups: [
      [["Wooden", "Magnetic", "Classic", "Deluxe", "STEM"], ["Building Blocks", "Train Set", "Doll House", "Marble Run"]],
      [["Plush", "Cuddly", "Giant"], ["Teddy Bear", "Unicorn", "Dinosaur", "Bunny"]],
      [["Family", "Strategy", "Classic", "Party", "Deluxe"], ["Board Game", "Card Game", "Puzzle, 1000 pieces", "Trivia Game"]],
      [["Remote-Control", "Electric", "Wind-Up"], ["Race Car", "Helicopter", "Robot", "Monster Truck"]],
    ],
    variants: ["Ages 3+", "Ages 6+", "Ages 8+"],
  }],
  [/\b(grocer|food|snack|beverage|drink|pantry)/i, {
    groups: [
      [["Organic", "Dark Roast", "Medium Roast", "Fair Trade", "Whole Bean"], ["Coffee", "Espresso Beans"]],
      [["Organic", "Green", "Earl Grey", "Chamomile", "Loose-Leaf"], ["Tea"]],
      [["Organic", "Whole Grain", "Gluten-Free", "Rolled"], ["Oats", "Pasta", "Basmati Rice", "Granola", "Quinoa"]],
      [["Extra Virgin", "Cold-Pressed", "Organic"], ["Olive Oil", "Coconut Oil", "Avocado Oil"]],
      [["Unsalted", "Roasted", "Raw", "Organic"], ["Almonds", "Cashews", "Peanut Butter", "Mixed Nuts"]],
      [["70% Dark", "Milk", "Sea Salt", "Low-Sugar"], ["Chocolate", "Granola Bars", "Cookies"]],
    ],
    variants: ["500 g", "1 kg", "250 g", "6-Pack"],
  }],
  [/\b(health|household|pharma|wellness|vitamin|cleaning)/i, {
    groups: [
      [["Daily", "Extra Strength", "Vegan", "Sugar-Free", "Chewable"], ["Multivitamin", "Vitamin D3", "Omega-3 Capsules", "Magnesium Tablets", "Probiotic"]],
      [["Antibacterial", "Fragrance-Free", "Eco", "Concentrated", "Plant-Based"], ["Hand Soap", "Laundry Detergent", "Dish Soap", "Surface Cleaner", "Disinfectant Wipes"]],
      [["Whitening", "Sensitive", "Fluoride", "Electric"], ["Toothpaste", "Toothbrush", "Mouthwash"]],
    ],
    variants: ["60 count", "120 count", "2-Pack", "Refill"],
  }],
  [/\b(jewel|watch|accessor)/i, {
    groups: [
      [["Sterling Silver", "14k Gold", "Rose Gold", "Minimalist", "Vintage", "Pearl", "Handmade"], ["Necklace", "Stud Earrings", "Bracelet", "Ring", "Pendant", "Hoop Earrings", "Anklet"]],
      [["Leather-Strap", "Stainless Steel", "Chronograph", "Minimalist"], ["Watch"]],
    ],
    variants: ["Gift Box"],
  }],
  [/\b(pet|dog|cat)/i, {
    groups: [
      [["Grain-Free", "Natural", "Senior", "Puppy", "High-Protein", "Indoor"], ["Dog Food", "Cat Food", "Dog Treats", "Cat Treats"]],
      [["Adjustable", "Reflective", "No-Pull", "Padded"], ["Dog Leash", "Dog Harness", "Dog Collar"]],
      [["Orthopedic", "Washable", "Calming", "Heated"], ["Dog Bed", "Cat Bed", "Pet Blanket"]],
      [["Interactive", "Chew-Proof", "Squeaky", "Catnip"], ["Chew Toy", "Ball Launcher", "Cat Teaser", "Puzzle Feeder"]],
      [["Clumping", "Unscented", "Odor-Control"], ["Cat Litter"]],
    ],
    variants: ["Small", "Medium", "Large"],
  }],
  [/\b(auto|car|vehicle|motor)/i, {
    groups: [
      [["All-Weather", "Universal", "Heavy-Duty", "Custom-Fit"], ["Floor Mats", "Seat Covers", "Cargo Liner"]],
      [["Magnetic", "Vent", "Dashboard", "Wireless-Charging"], ["Phone Mount"]],
      [["Full Synthetic", "High-Mileage", "5W-30"], ["Motor Oil"]],
      [["Portable", "Digital", "Cordless"], ["Jump Starter", "Tire Inflator", "Dash Cam"]],
    ],
    variants: ["Set of 2", "Set of 4", "5 l"],
  }],
  [/\b(office|station|school suppl|paper)/i, {
    groups: [
      [["Spiral", "Dotted", "Recycled", "Hardcover", "Lined"], ["Notebook", "Journal", "Planner"]],
      [["Gel", "Ballpoint", "Fine-Tip", "Refillable"], ["Pens", "Markers", "Highlighters"]],
      [["Ergonomic", "Adjustable", "Mesh"], ["Office Chair", "Monitor Stand", "Footrest"]],
      [["Bamboo", "Metal", "Stackable"], ["Desk Organizer", "File Tray", "Pen Holder"]],
    ],
    variants: ["Pack of 10", "Pack of 12", "A4", "A5"],
  }],
];

/** Any other category: the generic words of an online shop. */
const GENERIC: Vocabulary = {
  groups: [[["Classic", "Premium", "Compact", "Deluxe", "Essential", "Everyday", "Eco", "Pro"], ["Gift Set", "Starter Kit", "Organizer", "Bundle", "Collection", "Accessory Kit"]]],
  variants: COLORS.slice(0, 4),
};

const byCategory = new Map<string, Vocabulary>();

function vocabularyOf(category: string): Vocabulary {
  let found = byCategory.get(category);
  if (!found) {
    found = VOCABULARIES.find(([pattern]) => pattern.test(category))?.[1] ?? GENERIC;
    if (byCategory.size < 1000) byCategory.set(category, found);
  }
  return found;
}

/** Share of names that carry a variant (a colour, a size, a pack): enough that names rarely repeat. */
const VARIANT_SHARE = 0.6;

/** A product name for a row of `category`. */
export function productName(rng: Random, category: string): string {
  const v = vocabularyOf(category);
  const [modifiers, nouns] = v.groups[rng.int(v.groups.length)]!;
  const name = `${modifiers[rng.int(modifiers.length)]!} ${nouns[rng.int(nouns.length)]!}`;
  return rng.next() < VARIANT_SHARE && v.variants.length > 0 ? `${name}, ${v.variants[rng.int(v.variants.length)]!}` : name;
}

/** True when most of `values` name product categories this module has words for (Electronics, Clothing...). */
export function areProductCategories(values: readonly string[]): boolean {
  const known = values.filter((v) => VOCABULARIES.some(([pattern]) => pattern.test(v))).length;
  return values.length > 0 && known >= values.length / 2;
}

