import type { EntityModule } from "../entityTypes.js";
import { commerce } from "./commerce.js";
import { education } from "./education.js";
import { finance } from "./finance.js";
import { health } from "./health.js";
import { library } from "./library.js";
import { places } from "./places.js";
import { social } from "./social.js";

/** Every entity module; order matters only for ties (an earlier module's entity named the same wins). */
export const ENTITY_MODULES: readonly EntityModule[] = [commerce, health, education, finance, social, library, places];
