import EmberRouter from '@ember/routing/router';

export default class Router extends EmberRouter {
  location = 'history';
  rootURL = '/';
}

Router.map(function () {
  this.route('topic', { path: '/t/:slug' });
});
