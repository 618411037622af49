// Starts the Svelte app (App.svelte) in #app, or hydrates it where a server rendered it there
// first (`render(App)` from svelte/server, as SvelteKit does).
import { hydrate, mount } from "svelte";
import App from "./App.svelte";

const target = document.getElementById("app");
if (target.hasChildNodes()) hydrate(App, { target });
else mount(App, { target });
