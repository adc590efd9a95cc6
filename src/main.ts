import 'maplibre-gl/dist/maplibre-gl.css';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerWhenIdle } from './pwa/start';

mount(App, { target: document.getElementById('app')! });
registerWhenIdle();
