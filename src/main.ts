// First: the page's language is decided before any module formats a word.
import './i18n/active';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerWhenIdle } from './pwa/start';

mount(App, { target: document.getElementById('app')! });
registerWhenIdle();
