import EmberRouter from '@ember/routing/router';

export default class Router extends EmberRouter {
  location = 'history';
  rootURL = '/';
}

Router.map(function () {
  this.route('topic', { path: '/t/:slug' });
  this.route('themes');
  this.route('login');
  this.route('bench');
  this.route('admin', function () {
    this.route('site-settings');
  });
});
