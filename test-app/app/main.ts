import App from './app.ts';

App.create({});
