import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { CrashBoundary } from "./components/CrashScreen";
import { applyLocale } from "./i18n";
import { getLocale } from "./ipc";
import "./styles.css";

const client = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

const root = document.getElementById("root");
// The first frame is already in the person's language: the locale is asked for before it.
if (root) {
  const render = () => createRoot(root).render(
    <StrictMode>
      <CrashBoundary>
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>
      </CrashBoundary>
    </StrictMode>,
  );
  getLocale().then(applyLocale).catch(() => undefined).finally(render);
}
