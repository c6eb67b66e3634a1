import { Component, type ReactNode } from 'react';
import RouteError from '../pages/RouteError';

/**
 * A page that throws while rendering shows the plain error message inside the layout, so the
 * navigation and the storage banners stay. Keyed by path where it is used, so moving on clears it.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
