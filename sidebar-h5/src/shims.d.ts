// Side-effect-only package without type declarations: it maps mouse events to touch events on desktop WeCom.
declare module '@vant/touch-emulator';
