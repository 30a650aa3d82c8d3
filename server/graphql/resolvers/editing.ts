import type { Resolvers } from '../generated/resolvers.js';
import { recordAudit } from '../../auth/service.js';
import { workbookFormat } from '../../import/template.js';
import * as editing from '../../repositories/editing.js';
import type { Context } from '../context.js';

type Args = Record<string, unknown>;

/**
 * A mutation that records who changed what, when and from where, after the change succeeded.
 * `target` names the thing changed for the audit log.
 */
export function audited<A extends Args, R>(action: string, target: (args: A) => string, run: (context: Context, args: A) => Promise<R>) {
  return async (_: unknown, args: A, context: Context): Promise<R> => {
    const result = await run(context, args);
    await recordAudit(context.services.accounts, { user: context.viewer?.name ?? null, action, target: target(args), detail: args, address: context.address });
    return result;
  };
}

type Input<T> = { input: T };

export const editingResolvers: Resolvers = {
  Query: {
    workbookFormat: () => workbookFormat(),
  },
  Mutation: {
    upsertEnterprise: audited(
      'upsertEnterprise',
      (a: Input<editing.EnterpriseInput>) => a.input.id,
      (c, a) => editing.upsertEnterprise(c.services.runner, a.input, c.lang),
    ),
    deleteEnterprise: audited(
      'deleteEnterprise',
      (a: { id: string }) => a.id,
      (c, a) => editing.deleteEnterprise(c.services.runner, a.id),
    ),
    upsertSegment: audited(
      'upsertSegment',
      (a: Input<editing.SegmentInput>) => a.input.id,
      (c, a) => editing.upsertSegment(c.services.runner, a.input, c.lang),
    ),
    deleteSegment: audited(
      'deleteSegment',
      (a: { id: string }) => a.id,
      (c, a) => editing.deleteSegment(c.services.runner, a.id),
    ),
    addFlow: audited(
      'addFlow',
      (a: { from: string; to: string }) => `${a.from}→${a.to}`,
      (c, a) => editing.addFlow(c.services.runner, a.from, a.to),
    ),
    removeFlow: audited(
      'removeFlow',
      (a: { from: string; to: string }) => `${a.from}→${a.to}`,
      (c, a) => editing.removeFlow(c.services.runner, a.from, a.to),
    ),
    setEnterpriseSegment: audited(
      'setEnterpriseSegment',
      (a: Input<editing.EnterpriseSegmentInput>) => `${a.input.enterpriseId}→${a.input.segmentId}`,
      (c, a) => editing.setEnterpriseSegment(c.services.runner, a.input, c.lang),
    ),
    removeEnterpriseSegment: audited(
      'removeEnterpriseSegment',
      (a: { enterpriseId: string; segmentId: string }) => `${a.enterpriseId}→${a.segmentId}`,
      (c, a) => editing.removeEnterpriseSegment(c.services.runner, a.enterpriseId, a.segmentId),
    ),
    setSupply: audited(
      'setSupply',
      (a: Input<editing.SupplyInput>) => `${a.input.supplierId}→${a.input.customerId}`,
      (c, a) => editing.setSupply(c.services.runner, a.input, c.lang),
    ),
    removeSupply: audited(
      'removeSupply',
      (a: { supplierId: string; customerId: string }) => `${a.supplierId}→${a.customerId}`,
      (c, a) => editing.removeSupply(c.services.runner, a.supplierId, a.customerId),
    ),
    upsertProject: audited(
      'upsertProject',
      (a: Input<editing.ProjectInput>) => a.input.id,
      (c, a) => editing.upsertProject(c.services.runner, a.input, c.lang, c.viewer?.name ?? null),
    ),
    deleteProject: audited(
      'deleteProject',
      (a: { id: string }) => a.id,
      (c, a) => editing.deleteProject(c.services.runner, a.id),
    ),
    moveProject: async (_: unknown, args: { id: string; stage: string }, context: Context) => {
      const { previous, project } = await editing.moveProject(context.services.runner, args.id, args.stage, context.viewer?.name ?? null);
      await recordAudit(context.services.accounts, {
        user: context.viewer?.name ?? null,
        action: 'moveProject',
        target: args.id,
        detail: { from: previous, to: args.stage },
        address: context.address,
      });
      return project;
    },
    createProjectFromTarget: async (_: unknown, args: { segmentId: string; enterpriseId: string; scope?: string | null }, context: Context) => {
      const project = await editing.createProjectFromTarget(context.services.runner, args.segmentId, args.enterpriseId, args.scope ?? context.services.config.homeRegion);
      await recordAudit(context.services.accounts, { user: context.viewer?.name ?? null, action: 'createProjectFromTarget', target: project.id, detail: args, address: context.address });
      return project;
    },
    importWorkbook: async (_: unknown, args: { filename: string; contentBase64: string; dryRun: boolean; lang: string }, context: Context) => {
      const report = await editing.importUploaded(context.services.runner, args.filename, args.contentBase64, args.dryRun, args.lang === 'en' ? 'en' : 'zh', context.viewer?.name ?? null);
      if (!args.dryRun) {
        await recordAudit(context.services.accounts, {
          user: context.viewer?.name ?? null,
          action: report.ok ? 'importWorkbook' : 'importWorkbook.rejected',
          target: args.filename,
          detail: { bytes: Math.floor((args.contentBase64.length * 3) / 4), counts: report.counts, errors: report.errors.length },
          address: context.address,
        });
      }
      return report;
    },
  },
};
