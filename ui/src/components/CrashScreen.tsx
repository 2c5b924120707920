// Shown instead of a blank window when the UI itself fails: what happened, and a way back.
import { Component, type ErrorInfo, type ReactNode } from "react";
import i18n from "../i18n";

interface State {
  error: Error | null;
}

export class CrashBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("vendor-risk-register: the UI failed", error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="start">
        <section className="start-card" role="alert">
          <h1>{i18n.t("crash.title")}</h1>
          <p className="muted">{i18n.t("crash.explain")}</p>
          <pre className="crash-detail" data-testid="crash-detail">{String(this.state.error.stack ?? this.state.error)}</pre>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {i18n.t("crash.reload")}
          </button>
        </section>
      </main>
    );
  }
}
