import { z } from "zod";

/** One labelled participant, in the corpus's `expected.json` format. */
export const AnswerParticipantSchema = z.object({
  name: z.string().min(1),
  position: z.string().nullable(),
  country: z.string().nullable(),
});

/** The labelled answer for one capture (`NN-slug.expected.json`; see the corpus README). Extra keys are ignored. */
export const AnswerSchema = z.object({
  source_url: z.string().nullable().optional(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  category: z.string().nullable(),
  department: z.string().nullable(),
  participants: z.array(AnswerParticipantSchema),
  meeting_date: z.string().nullable(),
  place: z.string().nullable(),
  complete_text: z.boolean().optional(),
});

export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerParticipant = z.infer<typeof AnswerParticipantSchema>;
