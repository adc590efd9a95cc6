import 'maplibre-gl/dist/maplibre-gl.css';
// Points MapLibre at its worker file, bundled by Vite (MapLibre 6 ships the worker separately).
import 'svelte-maplibre-gl/vite';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')! });
