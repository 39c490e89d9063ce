/*
 * Complaints Report: the guard for older Office. Plain ES5, loaded before the add-in's bundle.
 *
 * Office 2019 and some Microsoft 365 builds on Windows run add-ins in Internet Explorer's engine
 * (Trident) or in Microsoft Edge Legacy (EdgeHTML). The add-in's bundle needs a modern engine, so
 * there it would show a blank pane. This script recognises those engines by their user agent, as
 * Microsoft's "Support older Microsoft webviews and Office versions" page advises, marks the page
 * so the bundle does not start, and shows a plain page saying which versions are supported and
 * what to do. The ribbon buttons then just show that page.
 */
(function (window, document) {
  'use strict';

  var userAgent = window.navigator.userAgent || '';
  // Trident puts "Trident/7.0" in its user agent; EdgeHTML "Edge/18...". Chromium Edge says "Edg/".
  var legacy = /Trident\//.test(userAgent) || /\bEdge\/\d/.test(userAgent);
  if (!legacy) return;

  window.complaintsReportLegacyEngine = true;

  var TITLE = 'Complaints Report needs a newer version of Excel';
  var PARAGRAPHS = [
    'This version of Excel shows add-ins with an older web engine (Internet Explorer or ' +
      'Microsoft Edge Legacy), which cannot run Complaints Report.',
    'Complaints Report works in:',
  ];
  var SUPPORTED = [
    'Microsoft 365 on Windows, Version 2101 or later, with the Microsoft Edge WebView2 Runtime',
    'Excel 2021 or later on Windows',
    'Excel for Mac 16.35 or later',
    'Excel on the web, in Microsoft Edge, Chrome, Firefox or Safari',
  ];
  var WHAT_TO_DO =
    'What to do: update Office (File > Account > Update Options > Update Now) and make sure ' +
    'the Microsoft Edge WebView2 Runtime is installed, or open this workbook in Excel on the ' +
    'web. Your IT team can help if updates are managed for you. Nothing in the workbook has ' +
    'been changed.';

  function element(name, text) {
    var node = document.createElement(name);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function showPage() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var main = element('main');
    main.setAttribute('id', 'legacy-engine');
    main.style.fontFamily = 'Segoe UI, Arial, sans-serif';
    main.style.fontSize = '14px';
    main.style.lineHeight = '1.4';
    main.style.padding = '12px';
    main.appendChild(element('h1', TITLE));
    for (var i = 0; i < PARAGRAPHS.length; i += 1) main.appendChild(element('p', PARAGRAPHS[i]));
    var list = element('ul');
    for (var j = 0; j < SUPPORTED.length; j += 1) list.appendChild(element('li', SUPPORTED[j]));
    main.appendChild(list);
    main.appendChild(element('p', WHAT_TO_DO));
    body.appendChild(main);
    document.title = TITLE;
  }

  // The ribbon's function commands live in the bundle, which will not run here: answer them by
  // showing this page, and always tell Office they finished, or the buttons stay busy.
  function answerRibbon() {
    var office = window.Office;
    if (!office || !office.actions || !office.actions.associate) return;
    var show = function (event) {
      var done = function () {
        if (event && event.completed) event.completed();
      };
      if (office.addin && office.addin.showAsTaskpane) {
        office.addin.showAsTaskpane().then(done, done);
      } else {
        done();
      }
    };
    office.actions.associate('buildReport', show);
    office.actions.associate('clearHighlights', show);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showPage);
  } else {
    showPage();
  }
  if (window.Office && window.Office.onReady) window.Office.onReady(answerRibbon);
})(window, document);
