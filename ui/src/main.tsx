import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { CrashBoundary } from "./components/CrashScreen";
import "./i18n";
import "./styles.css";

const client = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CrashBoundary>
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>
      </CrashBoundary>
    </StrictMode>,
  );
}
