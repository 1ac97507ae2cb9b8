/**
 * The quiz's question bank format. Questions are data, typed here and validated by `validateQuestion`
 * (unit tests run it over the whole bank). Every question is written in our own words and cites the study
 * note and section it comes from (`source`). Where a note is wrong or out of date, `errata` says what the
 * note says and what AWS says today, with AWS's source.
 */

/** The five study notes (files in ../shared/notes/). */
export type NoteFile =
  | '1-dynamodb-and-api-gateway.txt'
  | '2-serverless-lambda-dynamodb-apigateway-cognito.md'
  | '3-serverless-architecture-and-best-practices.md'
  | '4-api-gateway-lambda-dynamodb-cognito.md'
  | '5-dynamodb-deep-dive.txt'

export type QuizTopic = 'dynamodb' | 'lambda' | 'apigateway' | 'cognito' | 'sam-serverless-framework' | 'architecture'

/** Where a question comes from: a note file and one of its sections, as listed in src/quiz/notes/*.sections.ts. */
export interface NoteSource {
  note: NoteFile
  section: string
}

/** Where a note disagrees with AWS: the quiz teaches AWS's answer and shows this. */
export interface Errata {
  /** What the note claims, paraphrased. */
  notesSay: string
  /** What AWS documents today. */
  awsSays: string
  /** AWS documentation URL (or AWS-FACTS.md section) backing `awsSays`. */
  source: string
}

export type Difficulty = 1 | 2 | 3

interface QuestionBase {
  /** Stable, unique, kebab-case, e.g. `ddb-wcu-2kb-per-minute`. */
  id: string
  topic: QuizTopic
  /** Finer grouping inside the topic, e.g. `capacity`, `indexes`, `dax`, `concurrency`, `caching`. */
  subtopic: string
  source: NoteSource
  prompt: string
  /** Why the answer is right (and, where useful, why the tempting wrong answers are wrong). */
  explanation: string
  difficulty: Difficulty
  errata?: Errata
  /** Id of a simulator scenario that demonstrates this question ("predict then run"). */
  scenario?: string
}

/** Exactly one correct choice. `answer` is the index into `choices`. */
export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single'
  choices: string[]
  answer: number
}

/** Choose exactly `choose` choices; `answer` lists their indexes (length === choose). */
export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple'
  choices: string[]
  choose: number
  answer: number[]
}

/** A number, graded exactly (or within `tolerance`, same unit). */
export interface NumericQuestion extends QuestionBase {
  kind: 'numeric'
  answer: number
  /** e.g. 'WCU', 'RCU', 'partitions', 'ms', 'seconds', 'USD', 'concurrent executions'. */
  unit: string
  /** Absolute tolerance. @default 0 */
  tolerance?: number
}

/** True or false; `justification` explains the reason shown after answering. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse'
  answer: boolean
}

/**
 * A setup the learner predicts, then runs in the simulator (`scenario` required). Graded like a single
 * choice question on the predicted outcome.
 */
export interface PredictQuestion extends QuestionBase {
  kind: 'predict'
  choices: string[]
  answer: number
  scenario: string
}

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | NumericQuestion | TrueFalseQuestion | PredictQuestion
export type QuestionKind = Question['kind']
