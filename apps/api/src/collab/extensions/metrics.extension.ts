import type { Extension } from '@hocuspocus/server';
import { Counter, Gauge, type Registry } from 'prom-client';

/** Open documents and connections, and changes applied, for /metrics. */
export class MetricsExtension implements Extension {
  extensionName = 'tripart-metrics';
  private readonly changes: Counter;

  constructor(registry: Registry, counts: { documents: () => number; connections: () => number }) {
    new Gauge({ name: 'tripart_collab_documents', help: 'Co-drafted documents open on this instance.', registers: [registry], collect() { this.set(counts.documents()); } });
    new Gauge({ name: 'tripart_collab_connections', help: 'Co-drafting connections on this instance.', registers: [registry], collect() { this.set(counts.connections()); } });
    this.changes = new Counter({ name: 'tripart_collab_changes_total', help: 'Co-drafting changes applied.', registers: [registry] });
  }

  async onChange(): Promise<void> {
    this.changes.inc();
  }
}
