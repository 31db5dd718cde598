import { builder } from '../builder';
import { conceptTypes } from './concept';

builder.queryField('redFlags', (t) =>
  t.field({
    type: [conceptTypes.RedFlag],
    description: 'Every red flag: the signs that mean "see a doctor now", each with the conditions it suggests (field `suggests`).',
    resolve: (_root, _args, ctx) => ctx.loaders.conceptsOfKind.load('RedFlag'),
  }),
);
