import type { EntityModule } from "../entityTypes.js";

/** A school: students enrol in courses (a junction table), hand in assignments. */
export const education: EntityModule = {
  entities: [
    {
      id: "student",
      table: "students",
      names: ["students", "student", "learners", "learner", "pupils", "pupil"],
      domain: "education",
      key: { name: "student_id", format: "sequence" },
      // Students are mostly 17-35 (the one-table default of 18-90, mean 42, is an adult population's).
      columns: ["student name", "age (18-30)", "major", "enrollment date"],
      date: "enrollment_date",
    },
    {
      id: "course",
      table: "courses",
      names: ["courses", "course", "classes"],
      domain: "education",
      key: { name: "course_id", format: "sequence", prefix: "C-" },
      columns: ["course title", "department (math, science, humanities, arts, engineering, business)", "credits (1-5)"],
      rows: 120,
    },
    {
      id: "enrollment",
      table: "enrollments",
      names: ["enrollments", "enrollment", "enrolments", "enrolment", "registrations", "course registrations", "course enrollments"],
      domain: "education",
      key: { name: "enrollment_id", format: "sequence" },
      columns: ["term (fall, spring, summer)", "grade (A, B, C, D, F)"],
    },
    {
      id: "submission",
      table: "submissions",
      names: ["submissions", "submission", "assignments", "assignment", "homework"],
      domain: "education",
      key: { name: "submission_id", format: "sequence" },
      columns: ["submitted date", "score 0-100", "late yes/no"],
      date: "submitted_date",
    },
  ],
  parents: [
    {
      child: "enrollment",
      parent: "student",
      count: { distribution: "poisson", mean: 4, min: 1, max: 8 },
      rollups: [{ name: "course_count", function: "count", description: "courses the student enrolled in" }],
    },
    {
      child: "submission",
      parent: "enrollment",
      count: { distribution: "poisson", mean: 5, max: 20 },
      rollups: [
        { name: "submission_count", function: "count", description: "assignments handed in for the course" },
        { name: "mean_score", function: "mean", column: "score", decimals: 1, description: "mean assignment score in the course" },
      ],
    },
    {
      child: "submission",
      parent: "student",
      count: { distribution: "poisson", mean: 12, max: 60 },
      rollups: [{ name: "submission_count", function: "count", description: "assignments the student handed in" }],
      after: { minDays: 1, maxDays: 900 },
    },
  ],
  references: [{ from: "enrollment", to: "course", popularity: "zipf", skew: 0.8 }],
  outcomes: [
    // Engagement (courses taken, work handed in) is the usual early-warning signal for dropout.
    { words: ["dropout", "dropped", "drop", "dropped out", "withdrew", "withdrawn", "churn", "churned", "failed", "at risk"], weight: -1.2, source: "Tinto (1975), dropout from higher education; learning-analytics early-warning systems" },
    { words: ["graduated", "passed", "honors", "retained"], weight: 1 },
  ],
};
