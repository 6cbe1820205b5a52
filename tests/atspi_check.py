#!/usr/bin/python3
# As a screen reader sees the guide: over the real AT-SPI bus, every showing control reports a role and a name,
# and the section tabs can be selected through the accessibility interface. Run by tests/atspi-check.sh.
import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
}


def find_app(name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node
    if depth > 60:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def main():
    app = find_app("als-evidence-guide")
    if app is None:
        print("FAIL: the guide never joined the accessibility bus")
        return 1
    # Wait (on a busy machine, a while) until the window is mapped and its controls are showing.
    end = time.time() + 60
    while time.time() < end:
        frames = [n for n in walk(app) if n.getRole() == pyatspi.ROLE_FRAME and showing(n)]
        controls = [n for n in walk(app) if n.getRole() in CONTROLS and showing(n)]
        if frames and len(controls) >= 10:
            break
        time.sleep(0.5)
    problems = []
    checked = 0
    tabs = []
    frame = None
    for node in walk(app):
        role = node.getRole()
        if role == pyatspi.ROLE_FRAME and frame is None:
            frame = node
        if role == pyatspi.ROLE_PAGE_TAB:
            tabs.append(node)
        if role in CONTROLS and showing(node):
            checked += 1
            if not node.name.strip():
                problems.append("no name: %s at %s" % (node.getRoleName(), node.path if hasattr(node, "path") else "?"))
    if checked < 10:
        problems.append("only %d showing controls were found" % checked)
    if len(tabs) != 8:
        problems.append("expected 8 section tabs, found %d" % len(tabs))
    if frame is None or "ALS Evidence Guide" not in frame.name:
        problems.append("the window is not named after the app: %r" % (frame.name if frame else None))

    # Select tabs the way a screen reader does: through their Press action; the window title follows.
    for tab in tabs[1:4]:
        action = tab.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if "Press" not in names and "press" not in names:
            problems.append("tab %r has no Press action (%s)" % (tab.name, names))
            continue
        action.doAction(names.index("Press") if "Press" in names else names.index("press"))
        end = time.time() + 10
        while time.time() < end and not frame.name.startswith(tab.name):
            time.sleep(0.2)
        if not frame.name.startswith(tab.name):
            problems.append("pressing tab %r did not open it (window: %r)" % (tab.name, frame.name))

    # The reading text is there for the screen reader to read (the view is built when first shown: wait for it).
    longest = 0
    end = time.time() + 30
    while time.time() < end and longest < 500:
        for n in walk(app):
            if showing(n) and n.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_TEXT):
                try:
                    longest = max(longest, n.queryText().characterCount)
                except NotImplementedError:
                    pass
        if longest < 500:
            time.sleep(0.5)
    if longest < 500:
        problems.append("no long reading text is exposed (longest %d characters)" % longest)

    for p in problems:
        print("FAIL:", p)
    print("%d showing controls checked, %d tabs, %d passed, %d failed" % (checked, len(tabs), 0 if problems else 1, 1 if problems else 0))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
