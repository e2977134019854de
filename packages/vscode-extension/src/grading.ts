// What Grade Predictions needs besides the editor: which cards can be graded against, and the
// report's text. Pure (no `vscode` import) so tests run it on real cards written by core.
import { readFile, stat } from "node:fs/promises";
import { basename, relative } from "node:path";
import { escapeControlCharacters, renderGrade, type GradeReport } from "@synthdata/core";
import { isPathWithin } from "./paths.js";

/** A card bigger than this is not a synthdata card (theirs are a few KB to a few hundred). */
const MAX_CARD_BYTES = 4 * 1024 * 1024;

/** An exam's card found in the workspace. */
export interface ExamCard {
  path: string;
  title: string;
  target: string;
  /** Exam rows to predict. */
  rows: number;
  /** The exam file beside the card (its name as the card gives it). */
  examFile: string | undefined;
  modifiedMs: number;
}

/** True for a dataset card's JSON: `<name>.card.json`. */
export function isCardJson(path: string): boolean {
  return basename(path).endsWith(".card.json");
}

/**
 * The cards among `paths` that hold an exam (a run with a split and synthdata.exam), newest
 * first. Unreadable files, other JSON and cards without an exam are left out.
 */
export async function examCards(paths: readonly string[]): Promise<ExamCard[]> {
  const found = await Promise.all(paths.filter(isCardJson).map(readExamCard));
  return found.filter((c): c is ExamCard => c !== undefined).sort((a, b) => b.modifiedMs - a.modifiedMs || a.path.localeCompare(b.path));
}

async function readExamCard(path: string): Promise<ExamCard | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_CARD_BYTES) return undefined;
    const card = JSON.parse(await readFile(path, "utf8")) as {
      cardVersion?: unknown;
      spec?: { title?: unknown };
      exam?: { target?: unknown; rows?: unknown };
      files?: { exam?: unknown };
    };
    const exam = card?.exam;
    if (card?.cardVersion !== 1 || typeof exam?.target !== "string" || typeof exam.rows !== "number") return undefined;
    return {
      path,
      title: typeof card.spec?.title === "string" ? card.spec.title : basename(path, ".card.json"),
      target: exam.target,
      rows: exam.rows,
      examFile: typeof card.files?.exam === "string" ? card.files.exam : undefined,
      modifiedMs: info.mtimeMs,
    };
  } catch {
    return undefined;
  }
}

/** The quick pick row for a card: where it is, and what its exam asks. */
export function examCardLabel(root: string, card: ExamCard): { label: string; description: string } {
  const shown = (text: string) => escapeControlCharacters(text);
  return {
    label: shown(relative(root, card.path)),
    description: `${shown(card.title)}: predict ${shown(card.target)} for ${card.rows.toLocaleString("en-US")} exam rows${card.examFile ? ` (${shown(card.examFile)})` : ""}`,
  };
}

/** The document Grade Predictions opens: which files were graded (relative to `root` when inside it), then core's report in words. */
export function gradeText(root: string | undefined, cardPath: string, predictionsPath: string, report: GradeReport): string {
  const at = (path: string) => escapeControlCharacters(root !== undefined && isPathWithin(root, path) && path !== root ? relative(root, path) : path);
  const body = escapeControlCharacters(renderGrade(report), { keepNewlines: true });
  return `Grade of ${at(predictionsPath)} against the exam of ${at(cardPath)}\n\n${body}\n`;
}
