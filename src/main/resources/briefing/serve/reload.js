// Reloads the page when the preview server has rebuilt the site.
(function () {
  var events = new EventSource("/_preview/events");
  events.onmessage = function (e) {
    if (e.data === "reload") {
      location.reload();
    }
  };
})();
