import { Component, type ReactNode } from 'react';

/**
 * Shows `fallback` when its children throw while rendering, or when code or data they wait for
 * cannot load (offline before the first full visit, say). Key it by what it guards so that moving
 * on clears it.
 */
export class ErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
