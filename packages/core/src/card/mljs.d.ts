// ml-logistic-regression ships no type declarations; this is the part of its API we use.
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  interface TwoClassClassifier {
    testScores(features: Matrix): number[];
  }
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    classifiers: TwoClassClassifier[];
    numberClasses: number;
    train(X: Matrix, Y: Matrix): void;
    predict(X: Matrix): number[];
  }
}
