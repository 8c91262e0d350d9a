// The words of each signal and the dimensions it scores for, as the packet needs them: read once from
// content/signals/ and the rubric the server grades with.
import { signalCatalog } from '../../../content/loop-signals.js';
import type { DimensionId, RubricData } from '../../../engine/index.js';
import type { PacketSignalInfo } from '../../../loops/packet.js';

const cache = new WeakMap<RubricData, Map<string, PacketSignalInfo>>();

export function packetSignals(rubric: RubricData): Map<string, PacketSignalInfo> {
  let signals = cache.get(rubric);
  if (!signals) {
    const dimensions = new Map<string, DimensionId[]>();
    for (const d of Object.values(rubric.dimensions)) {
      for (const t of d.scoring.terms) dimensions.set(t.signal, [...(dimensions.get(t.signal) ?? []), d.id]);
    }
    signals = new Map(
      [...signalCatalog().values()].map((s) => [
        s.id,
        { message: s.message, dimensions: dimensions.get(s.id) ?? [] },
      ]),
    );
    cache.set(rubric, signals);
  }
  return signals;
}

/** A signal as the API shows it: its id and what it is in words. */
export function signalLabel(
  signals: ReadonlyMap<string, PacketSignalInfo>,
  id: string,
): { id: string; label: string } {
  return { id, label: signals.get(id)?.message ?? id };
}
