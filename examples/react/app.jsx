// The app's entry: renders NewsApp (news-app.jsx) into #app, or hydrates it where a server has
// rendered it there already (`renderToString(<NewsApp />)` from react-dom/server).
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { NewsApp } from "./news-app.jsx";

const container = document.getElementById("app");
const app = (
  <StrictMode>
    <NewsApp />
  </StrictMode>
);
if (container.hasChildNodes()) hydrateRoot(container, app);
else createRoot(container).render(app);
