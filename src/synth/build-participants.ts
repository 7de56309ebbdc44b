// Builds who took part in a synthetic operation: sides, belligerents, commanders, incident roles, counts, outcomes, claims.
import type { Random } from './prng.ts';
import type { Entry } from './yaml-text.ts';
import type { ActorPool } from './build-entities.ts';
import { PRIMARY_SOURCE } from './build-entities.ts';
import { cites, type Incident } from './build-operation.ts';

export interface ParticipantPlan {
  op: string;
  footnotes: number;
  incidents: Incident[];
  actors: ActorPool;
  towns: string[];
}

export interface Participants {
  sides: Entry[];
  participations: Entry[];
  quantities: Entry[];
  outcomes: Entry[];
  claims: Entry[];
}

const POSITIONS = [
  { ko: '사령관', en: 'commander' },
  { ko: '참모총장', en: 'chief of staff' },
  { ko: '지휘관', en: 'field commander' },
];

export function buildParticipants(random: Random, plan: ParticipantPlan): Participants {
  const out: Participants = { sides: [], participations: [], quantities: [], outcomes: [], claims: [] };
  const fn = () => cites(random, plan.footnotes);
  const sideCount = random.chance(0.2) ? 3 : 2;
  const belligerents: string[][] = [];
  for (let k = 1; k <= sideCount; k++) {
    const side = `${plan.op}-side-${k}`;
    out.sides.push({
      id: side,
      event: plan.op,
      ordinal: k,
      label: { ko: `${k}측`, en: `Side ${k}` },
      cite: ['article'],
    });
    const groups = random.sample([...plan.actors.groups, ...plan.actors.forces], random.int(1, 2));
    belligerents.push(groups.map((g) => `${plan.op}-s${k}-${g}`));
    for (const g of groups) {
      const p = `${plan.op}-s${k}-${g}`;
      out.participations.push({
        id: p,
        event: plan.op,
        actor: g,
        role: 'belligerent',
        side,
        outcome: k === sideCount && random.chance(0.5) ? 'surrendered' : undefined,
        cite: ['article'],
      });
      strength(random, out, p, fn);
    }
    const commander = random.pick(plan.actors.persons);
    out.participations.push({
      id: `${plan.op}-s${k}-cmd`,
      event: plan.op,
      actor: commander,
      role: 'commander',
      side,
      commands: `${plan.op}-s${k}-${groups[0]}`,
      position: random.pick(POSITIONS),
      cite: fn(),
    });
  }
  incidentRoles(random, plan, out, fn);
  outcomeAndClaim(random, plan, out, belligerents, fn);
  return out;
}

function strength(random: Random, out: Participants, about: string, fn: () => (number | string)[]): void {
  if (random.chance(0.6)) {
    const min = random.int(2, 60) * 50;
    out.quantities.push({
      id: `${about}-strength`,
      kind: 'personnel-strength',
      about,
      min,
      max: min + random.int(1, 20) * 50,
      qualifier: 'approximately',
      unit: 'person',
      unitAsWritten: '명',
      cite: fn(),
    });
  }
  if (random.chance(0.5)) {
    out.quantities.push({
      id: `${about}-killed`,
      kind: 'killed',
      about,
      value: random.int(1, 300),
      qualifier: random.pick(['exact', 'at-least'] as const),
      unit: 'person',
      cite: fn(),
    });
  }
}

function incidentRoles(random: Random, plan: ParticipantPlan, out: Participants, fn: () => (number | string)[]): void {
  for (const inc of plan.incidents) {
    const [a, b] = random.sample([...plan.actors.groups, ...plan.actors.forces], 2);
    const roles: [string, string, string | undefined][] =
      inc.type === 'announcement'
        ? [['speaker', a, undefined]]
        : inc.type === 'surrender'
          ? [
              ['surrendering-party', a, 'surrendered'],
              ['receiving-party', b, undefined],
            ]
          : [
              ['attacker', a, undefined],
              ['target', b, undefined],
            ];
    for (const [role, actor, outcome] of roles) {
      const uncertain = random.chance(0.03);
      out.participations.push({
        id: `${inc.id}-${role}`,
        event: inc.id,
        actor,
        role,
        outcome,
        assignment: uncertain ? 'uncertain' : undefined,
        note: uncertain ? 'The source does not say which group this was.' : undefined,
        cite: fn(),
      });
    }
    if (random.chance(0.3)) {
      out.quantities.push({
        id: `${inc.id}-killed`,
        kind: random.pick(['killed', 'wounded', 'captured'] as const),
        about: `${inc.id}-${roles[0][0]}`,
        value: random.int(0, 40),
        unit: 'person',
        cite: fn(),
      });
    }
    if (inc.type === 'capture' && random.chance(0.5)) {
      const outcome = `${inc.id}-control`;
      out.outcomes.push({
        id: outcome,
        event: inc.id,
        type: 'territorial-control',
        label: { ko: '지역 장악', en: 'Control of the area' },
        beneficiary: [`${inc.id}-attacker`],
        place: random.pick(plan.towns),
        cite: fn(),
      });
      out.quantities.push({
        id: `${outcome}-area`,
        kind: 'area',
        about: outcome,
        value: random.int(1, 400) / 4,
        qualifier: 'approximately',
        unit: 'km2',
        unitAsWritten: '㎢',
        cite: fn(),
      });
    }
  }
}

function outcomeAndClaim(
  random: Random,
  plan: ParticipantPlan,
  out: Participants,
  belligerents: string[][],
  fn: () => (number | string)[],
): void {
  const winner = random.int(0, belligerents.length - 1);
  const losers = belligerents.filter((_, i) => i !== winner).flat();
  out.outcomes.push({
    id: `${plan.op}-result`,
    event: plan.op,
    type: 'victory',
    label: { ko: `${winner + 1}측 승리`, en: `Victory of side ${winner + 1}` },
    ordinal: 1,
    beneficiary: belligerents[winner],
    cite: ['article'],
  });
  if (random.chance(0.4)) {
    const [from, to] = random.sample(plan.towns, 2);
    out.outcomes.push({
      id: `${plan.op}-relocation`,
      event: plan.op,
      type: 'relocation',
      label: { ko: '이송', en: 'Relocation of fighters' },
      ordinal: 2,
      affects: losers.slice(0, 1),
      from,
      to,
      cite: fn(),
    });
    out.quantities.push({
      id: `${plan.op}-relocated`,
      kind: 'people-transferred',
      about: `${plan.op}-relocation`,
      min: 100,
      max: 100 + random.int(1, 30) * 10,
      qualifier: 'approximately',
      unit: 'person',
      cite: fn(),
    });
  }
  if (random.chance(0.5)) {
    const [s, o] = random.sample(plan.actors.groups, 2);
    out.claims.push({
      id: `${plan.op}-claim`,
      event: plan.op,
      subject: s,
      relation: random.pick(['coordinated-with', 'supported'] as const),
      object: o,
      stance: random.pick(['affirmed', 'denied', 'disputed', 'reported'] as const),
      accordingTo: random.chance(0.5) ? s : PRIMARY_SOURCE,
      statement: { ko: '협력했다는 주장', en: 'A claim that the two groups worked together' },
      cite: fn(),
    });
  }
}
