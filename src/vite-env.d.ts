/// <reference types="vite/client" />

declare module 'virtual:tokenport-theme.css';
