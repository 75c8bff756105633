/*
 * Eyes and Ears: the few page behaviours PrimeFaces does not give. Served from the application
 * itself, so the Content-Security-Policy (script-src 'self' plus a nonce) lets it run.
 *
 * 1. Character counts: a text area with data-maxlength="N" and an element "<id>_count" says how
 *    many characters are left, or how many too many (the GOV.UK character count pattern). The
 *    field itself takes any length: the service refuses what is too long, with a message beside it.
 * 2. Signed out during a background request: the server answers PrimeFaces' AJAX with 401 once the
 *    session has ended (SignedOutAjaxExtension). The page then says so at the top, focused, and
 *    offers to sign in again; a form with drafts (data-keep-unsent) says that it reopens with the
 *    draft it last saved.
 * 3. The main menu folds behind a Menu button on narrow screens (CSS decides; this opens it).
 * 4. Names and roles PrimeFaces' upload button, date pickers and messages get wrong, and the
 *    calendar's height (p:schedule extender).
 * 5. GOV.UK's patterns on forms: an element rendered with data-focus="true" (an error summary, a
 *    confirmation panel) is scrolled into view and focused once shown; a <details> rendered with
 *    data-open="true" opens; a link in an error summary moves to its field, opening the groups
 *    around it.
 * 6. Time to send a concern card: the hidden field "...:composeSeconds" holds the whole seconds since
 *    the page opened, kept up to date every second and on every click or key press (so it is current
 *    when the Send button's request is built); the service checks it (ADR 0035). Nothing else is sent.
 */
(function () {
    'use strict';


    function plural(n, word) {
        return n.toLocaleString('en-GB') + ' ' + word + (n === 1 ? '' : 's');
    }

    function count(field) {
        var max = parseInt(field.getAttribute('data-maxlength'), 10);
        var out = document.getElementById(field.id + '_count');
        if (!out || !max) {
            return;
        }
        var left = max - field.value.length;
        out.textContent = left >= 0 ? 'You have ' + plural(left, 'character') + ' remaining'
            : 'You have ' + plural(-left, 'character') + ' too many';
        out.classList.toggle('count-over', left < 0);
    }

    function countAll() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-maxlength]'), count);
    }

    document.addEventListener('input', function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute('data-maxlength')) {
            count(event.target);
        }
    });

    var told = false;

    function tellSignedOut() {
        if (told) {
            return;
        }
        told = true;
        var main = document.getElementById('main');
        var box = document.createElement('div');
        box.id = 'signedOutNotice';
        box.className = 'signed-out-notice';
        box.setAttribute('role', 'alert');
        box.tabIndex = -1;
        var heading = document.createElement('h2');
        heading.textContent = 'You have been signed out';
        var text = document.createElement('p');
        var drafts = document.querySelector('form[data-keep-unsent]') !== null;
        text.textContent = 'Your session ended, so nothing was sent or saved just now. '
            + (drafts ? 'Sign in again to carry on: the card reopens with the draft it last saved'
                + ' (changes since then, and attached files, must be made again).'
                : 'Sign in again to carry on.');
        var link = document.createElement('a');
        link.id = 'signInToContinue';
        link.className = 'ui-button ui-widget ui-corner-all ui-button-text-only';
        link.href = location.pathname + location.search;
        link.textContent = 'Sign in again';
        box.appendChild(heading);
        box.appendChild(text);
        box.appendChild(link);
        var heading1 = main.querySelector('h1');
        main.insertBefore(box, heading1 ? heading1.nextSibling : main.firstChild);
        box.scrollIntoView({block: 'start'});
        box.focus();
    }

    if (window.jQuery) {
        jQuery(document).on('pfAjaxError', function (event, xhr) {
            if (xhr && xhr.status === 401) {
                tellSignedOut();
            }
        });
        jQuery(document).on('pfAjaxComplete', countAll);
        jQuery(document).on('pfAjaxComplete', showWhatWasRendered);
    }

    // 3. The menu on a phone: folded behind the Menu button, which says whether it is open.
    document.addEventListener('click', function (event) {
        var toggle = event.target.closest ? event.target.closest('#menuToggle') : null;
        if (!toggle) {
            return;
        }
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        document.querySelector('.app-header').classList.toggle('menu-open', open);
    });

    // 4. What PrimeFaces' widgets get wrong: the upload button is a span that may not carry
    //    aria-labelledby without a role, and a button role would nest the file input inside it;
    //    its words name it.
    function mendWidgets() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]'), function (el) {
            el.removeAttribute('aria-labelledby');
        });
        // A date picker's button carries the hidden words "ui-button" while its name is "Choose Date":
        // the words must be part of the name (WCAG 2.5.3), so they become the name.
        Array.prototype.forEach.call(document.querySelectorAll('.ui-datepicker-trigger .ui-button-text'), function (el) {
            var name = el.parentNode.getAttribute('aria-label');
            if (name && el.textContent !== name) {
                el.textContent = name;
            }
        });
        // A wide table scrolls inside its own box (.table-scroll): reachable by keyboard, named by its caption.
        Array.prototype.forEach.call(document.querySelectorAll('.table-scroll:not([tabindex])'), function (el) {
            if (el.scrollWidth > el.clientWidth) {
                var caption = el.querySelector('caption');
                el.setAttribute('tabindex', '0');
                el.setAttribute('role', 'region');
                el.setAttribute('aria-label', (caption ? caption.textContent.trim() + ' ' : '') + '(scrolls sideways)');
            }
        });
        // PrimeFaces' messages put role="alert" on each list item, which a list may not hold; the
        // messages box is a live region already, so the items lose the role.
        Array.prototype.forEach.call(document.querySelectorAll('.ui-messages li[role]'), function (el) {
            el.removeAttribute('role');
            el.removeAttribute('aria-atomic');
        });
        // FullCalendar names each day cell by its day number alone (aria-labelledby) although the cell
        // also shows the day's visits: the cell is named by all it shows instead.
        Array.prototype.forEach.call(document.querySelectorAll('.fc td.fc-daygrid-day[aria-labelledby]'), function (el) {
            el.removeAttribute('aria-labelledby');
        });
    }

    // The calendar (p:schedule extender): as tall as its content, so no box inside it scrolls
    // (a scrolling box must take the keyboard focus, which FullCalendar's grid may not hold).
    window.eyesAndEarsCalendarOptions = function () {
        this.cfg.options.height = 'auto';
    };

    if (window.MutationObserver) {
        new MutationObserver(mendWidgets).observe(document.documentElement, {childList: true, subtree: true});
    }

    // 5. Focus what the server just showed, and open the groups it asks to open.
    function showWhatWasRendered() {
        Array.prototype.forEach.call(document.querySelectorAll('details[data-open="true"]'), function (el) {
            el.open = true;
            el.setAttribute('data-open', 'done');
        });
        var focus = document.querySelector('[data-focus="true"]');
        Array.prototype.forEach.call(document.querySelectorAll('[data-focus="true"]'), function (el) {
            el.setAttribute('data-focus', 'done');
        });
        if (focus) {
            focus.scrollIntoView({block: 'start'});
            focus.focus({preventScroll: true});
        }
    }

    // The first input a person can reach in an element (PrimeFaces keeps some inputs in boxes it
    // never shows, .ui-helper-hidden: a custom-layout check-box group's own inputs, for one).
    function firstInput(scope) {
        var inputs = scope.querySelectorAll('input:not([type=hidden]), select, textarea');
        for (var i = 0; i < inputs.length; i++) {
            if (!inputs[i].closest('.ui-helper-hidden')) {
                return inputs[i];
            }
        }
        return null;
    }

    function fieldOf(target) {
        if (target.matches('input:not([type=hidden]), select, textarea')) {
            return target;
        }
        return firstInput(target) || firstInput(target.closest('fieldset') || target) || target;
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.error-summary a[data-field]') : null;
        if (!link) {
            return;
        }
        var target = document.getElementById(link.getAttribute('data-field'));
        if (!target) {
            return;
        }
        event.preventDefault();
        var field = fieldOf(target);
        for (var d = field.closest('details'); d; d = d.parentElement ? d.parentElement.closest('details') : null) {
            d.open = true;
        }
        var label = field.id ? document.querySelector('label[for="' + field.id.replace(/"/g, '') + '"]') : null;
        (label || field).scrollIntoView({block: 'center'});
        field.focus({preventScroll: true});
    });
    var opened = Date.now();

    function composeClock() {
        var field = document.querySelector('input[type="hidden"][id$=":composeSeconds"]');
        if (field) {
            field.value = String(Math.max(1, Math.round((Date.now() - opened) / 1000)));
        }
    }

    document.addEventListener('mousedown', composeClock, true);
    document.addEventListener('keydown', composeClock, true);
    document.addEventListener('click', composeClock, true);

    function ready() {
        mendWidgets();
        countAll();
        showWhatWasRendered();
        if (document.querySelector('input[type="hidden"][id$=":composeSeconds"]')) {
            composeClock();
            window.setInterval(composeClock, 1000);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
