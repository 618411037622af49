// The app's entry: mounts the app (news-app.js) into #app, or hydrates it where a server
// rendered it there first (`renderToString(newsApp(createSSRApp))` from vue/server-renderer,
// as Nuxt does).
import { createApp, createSSRApp } from "./vendor/vue.esm-browser.js";
import { newsApp } from "./news-app.js";

const container = document.getElementById("app");
newsApp(container.hasChildNodes() ? createSSRApp : createApp).mount(container);
