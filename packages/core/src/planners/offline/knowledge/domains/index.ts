import type { DomainKnowledge } from "../types.js";
import { ecommerceCatalog } from "./ecommerce-catalog.js";
import { ecommerceOrders } from "./ecommerce-orders.js";

/**
 * Every domain module of the knowledge base. Add a module here when you add a
 * file under domains/ (test/knowledge-base.test.ts checks them all).
 */
export const KNOWLEDGE: readonly DomainKnowledge[] = [
  ecommerceOrders,
  ecommerceCatalog,
];
