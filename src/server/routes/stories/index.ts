// The story bank: behavioral stories written once in STAR form, graded as the story would be told,
// tagged with competencies, and the coverage matrix against what the target level asks about.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { LevelId } from '../../../engine/index.js';
import { storyUses } from '../../../store/loops.repository.js';
import {
  createStory,
  deleteStory,
  getStory,
  listStories,
  type Story,
  type StoryInput,
  updateStory,
} from '../../../store/stories.repository.js';
import { storyCoverage } from '../../../stories/coverage.js';
import { checkFields, evidenceByField, STORY_FIELDS, storyText } from '../../../stories/story.js';
import type { Content } from '../../content.js';
import { ApiError } from '../../errors.js';
import { currentUser, requireUser } from '../../session.js';
import { resolveTarget } from '../plan/target.js';
import {
  coverageSchema,
  createStorySchema,
  deleteStorySchema,
  getStorySchema,
  guideSchema,
  listStoriesSchema,
  updateStorySchema,
} from './schema.js';

const notFound = () => new ApiError(404, 'story_not_found', 'You have no story with this id.');

type StoryBody = Omit<StoryInput, 'learned'> & { learned?: string | null; level?: LevelId };

/** The story's fields trimmed, its competencies checked against the content, and its grade. */
function gradedStory(content: Content, body: StoryBody, level: LevelId) {
  const known = new Set(content.bank.competencies.map((c) => c.id));
  const unknown = body.competencies.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new ApiError(
      400,
      'unknown_competency',
      `Unknown competency ${unknown.map((c) => `"${c}"`).join(', ')}: use the ids of GET /api/stories/guide.`,
    );
  }
  const input: StoryInput = {
    title: body.title.trim(),
    situation: body.situation.trim(),
    task: body.task.trim(),
    action: body.action.trim(),
    result: body.result.trim(),
    learned: body.learned?.trim() || null,
    competencies: body.competencies,
  };
  for (const f of STORY_FIELDS) {
    if (f.required && !input[f.id as keyof StoryInput]) {
      throw new ApiError(400, 'story_field_empty', `Write the ${f.label.toLowerCase()}: ${f.prompt}`);
    }
  }
  const { text } = storyText(input);
  const report = content.grader.grade({ answer: text, kind: 'behavioral', level, question: null });
  return { ...input, level, report };
}

function storyView(story: Story, uses: number) {
  const told = storyText(story);
  return {
    id: story.id,
    title: story.title,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    learned: story.learned,
    competencies: story.competencies,
    level: story.level,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    answer: told.text,
    grade: {
      overall: story.report.overall,
      demonstrated: story.report.level_fit.demonstrated,
      verdict: story.report.level_fit.verdict,
      dimensions: story.report.dimensions.map((d) => ({
        id: d.id,
        label: d.label,
        score: d.score,
        bar: d.bar,
        feedback: d.feedback,
      })),
    },
    evidence: evidenceByField(told, story.report),
    checks: checkFields(story),
    uses,
    report: story.report,
  };
}

const stories: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  app.addHook('preHandler', requireUser);

  const levelFor = async (userId: string, level: LevelId | undefined) =>
    (await resolveTarget(db, userId, level ? { level } : {})).level;
  const usesOf = async (userId: string, id: string) => (await storyUses(db, userId)).get(id) ?? 0;

  app.get('/stories/guide', { schema: guideSchema }, async () => ({
    fields: STORY_FIELDS.map((f) => ({ ...f })),
    competencies: content.bank.competencies.map((c) => ({
      id: c.id,
      label: c.label,
      description: c.description,
      levels: c.levels,
    })),
  }));

  app.get('/stories', { schema: listStoriesSchema }, async (request) => ({
    stories: await listStories(db, currentUser(request).id),
  }));

  app.post('/stories', { schema: createStorySchema }, async (request, reply) => {
    const userId = currentUser(request).id;
    const graded = gradedStory(content, request.body, await levelFor(userId, request.body.level));
    const story = await createStory(db, userId, graded, new Date().toISOString());
    return reply.code(201).send(storyView(story, 0));
  });

  app.get('/stories/coverage', { schema: coverageSchema }, async (request) => {
    const userId = currentUser(request).id;
    const level = await levelFor(userId, request.query.level);
    const [list, uses] = await Promise.all([listStories(db, userId), storyUses(db, userId)]);
    return storyCoverage({
      level,
      levelLabel: content.grader.rubric.levels.find((l) => l.id === level)?.label ?? level,
      competencies: content.bank.competencies,
      questions: content.bank.questions,
      stories: list.map((s) => ({ ...s, uses: uses.get(s.id) ?? 0 })),
    });
  });

  app.get('/stories/:id', { schema: getStorySchema }, async (request) => {
    const userId = currentUser(request).id;
    const story = await getStory(db, userId, request.params.id);
    if (!story) throw notFound();
    return storyView(story, await usesOf(userId, story.id));
  });

  app.put('/stories/:id', { schema: updateStorySchema }, async (request) => {
    const userId = currentUser(request).id;
    const { id } = request.params;
    const existing = await getStory(db, userId, id);
    if (!existing) throw notFound();
    // A rewrite keeps the level it was graded at unless the request names another.
    const graded = gradedStory(content, request.body, request.body.level ?? existing.level);
    const story = await updateStory(db, userId, id, graded, new Date().toISOString());
    // Deleted between the read and the write.
    if (!story) throw notFound();
    return storyView(story, await usesOf(userId, id));
  });

  app.delete('/stories/:id', { schema: deleteStorySchema }, async (request, reply) => {
    if (!(await deleteStory(db, currentUser(request).id, request.params.id))) throw notFound();
    return reply.code(204).send(null);
  });
};

export default stories;
