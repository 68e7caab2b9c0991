import { Component } from 'react';
import type { ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** Runs before the children render again, e.g. to let failed queries fetch anew. */
  onReset?: () => void;
}

interface ErrorBoundaryState {
  failure?: { error: unknown } | undefined;
}

/**
 * Keeps a failure inside a part of a page (a side widget) where the route's error screen would
 * take the whole page. Pages themselves fail to their route's errorElement.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: { error } };
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ failure: undefined });
  };

  override render() {
    const { failure } = this.state;
    return failure ? this.props.fallback(failure.error, this.retry) : this.props.children;
  }
}
