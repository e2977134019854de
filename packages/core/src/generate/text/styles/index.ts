import type { TextColumn } from "../../../spec/schema.js";
import { clinical_note, job_description, product_description } from "./professional.js";
import { comment, feedback, review } from "./reviews.js";
import { bio, headline, social_post } from "./social.js";
import { complaint, message, support_ticket } from "./tickets.js";
import type { StyleDef } from "./types.js";

/** Every style of TEXT_STYLES, by name (the record type makes a missing one a compile error). */
export const STYLES: Readonly<Record<TextColumn["style"], StyleDef>> = {
  review,
  comment,
  social_post,
  bio,
  clinical_note,
  complaint,
  support_ticket,
  feedback,
  product_description,
  job_description,
  message,
  headline,
};

/** For styles without topics of their own: one kept sentence that names the topic value. */
export const TOPIC_NAMED: Readonly<Partial<Record<TextColumn["style"], readonly string[]>>> = {
  comment: ["Re: {@topic}.", "On the {@topic} part:", "Speaking as {a} {@topic} fan:", "As for {@topic}:"],
  feedback: ["This is about {@topic}.", "Regarding {@topic}:", "Topic: {@topic}."],
  message: ["About {@topic}:", "Re {@topic}:", "Quick one on {@topic}."],
  bio: ["Into {@topic}.", "Talks about {@topic}.", "All things {@topic}."],
};
