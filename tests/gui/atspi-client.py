#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# An assistive technology in miniature, for TestAccessibility: finds the application named on
# the command line on the AT-SPI bus, and prints its shown accessibles as JSON lines (role, name,
# the names of what labels it, its actions, its text), as a screen reader reads them. With --press NAME it
# then does the first action of the push button of that name, as voice control does, and says so.
import json
import sys
import time

import dbus

ACCESSIBLE = 'org.a11y.atspi.Accessible'
ACTION = 'org.a11y.atspi.Action'
TEXT = 'org.a11y.atspi.Text'
PROPERTIES = 'org.freedesktop.DBus.Properties'
LABELLED_BY = 2
STATE_SHOWING = 25


def main():
    app_name = sys.argv[1]
    press = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == '--press' else None
    session = dbus.SessionBus()
    address = session.get_object('org.a11y.Bus', '/org/a11y/bus').GetAddress(dbus_interface='org.a11y.Bus')
    bus = dbus.bus.BusConnection(address)

    def node(ref):
        return bus.get_object(ref[0], ref[1], introspect=False)

    def name_of(obj):
        return str(obj.Get(ACCESSIBLE, 'Name', dbus_interface=PROPERTIES, timeout=10))

    def find_application():
        for unique in bus.list_names():
            if not unique.startswith(':') or unique == bus.get_unique_name():
                continue
            try:
                if name_of(bus.get_object(unique, '/org/a11y/atspi/accessible/root', introspect=False)) == app_name:
                    return (unique, '/org/a11y/atspi/accessible/root')
            except dbus.DBusException:
                pass
        return None

    # The application joins the bus shortly after it starts.
    root = None
    for _ in range(60):
        root = find_application()
        if root:
            break
        time.sleep(0.25)
    if root is None:
        print(json.dumps({'error': 'no application named %s on the AT-SPI bus' % app_name}))
        return 1

    found = []

    def walk(ref, depth):
        obj = node(ref)
        states = obj.GetState(dbus_interface=ACCESSIBLE)
        if depth > 0 and not (states[0] >> STATE_SHOWING) & 1:
            return
        entry = {'role': str(obj.GetRoleName(dbus_interface=ACCESSIBLE)), 'name': name_of(obj), 'labelledBy': [],
                 'actions': []}
        for kind, targets in obj.GetRelationSet(dbus_interface=ACCESSIBLE):
            if kind == LABELLED_BY:
                entry['labelledBy'] += [name_of(node(target)) for target in targets]
        interfaces = obj.GetInterfaces(dbus_interface=ACCESSIBLE)
        if ACTION in interfaces:
            entry['actions'] = [str(action[0]) for action in obj.GetActions(dbus_interface=ACTION)]
        if TEXT in interfaces:
            entry['text'] = str(obj.GetText(0, -1, dbus_interface=TEXT))
        found.append((entry, obj))
        if depth < 25:
            for child in obj.GetChildren(dbus_interface=ACCESSIBLE):
                walk(child, depth + 1)

    walk(root, 0)
    for entry, _ in found:
        print(json.dumps(entry))
    if press:
        for entry, obj in found:
            if entry['role'] == 'push button' and entry['name'] == press and entry['actions']:
                obj.DoAction(0, dbus_interface=ACTION)
                print(json.dumps({'pressed': press, 'action': entry['actions'][0]}))
                break
    return 0


if __name__ == '__main__':
    sys.exit(main())
