import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { currentLocale } from "$lib/i18n/index.svelte";

document.documentElement.lang = currentLocale();
const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");
export default mount(App, { target });
