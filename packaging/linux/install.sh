#!/bin/sh
# Install MeetingDesk from this unpacked bundle for the current user (or under PREFIX, as root):
# the application folder, the meetingdesk command, the entry in the applications menu, the icon.
#     ./install.sh            # into ~/.local
#     sudo ./install.sh /usr/local
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-"$HOME/.local"}
dest="$prefix/lib/meetingdesk"
app_id=org.meetingdesk.MeetingDesk

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share"
if [ "$here" != "$dest" ]; then
  rm -rf "$dest"
  cp -a "$here" "$dest"
fi
ln -sf "$dest/meetingdesk" "$prefix/bin/meetingdesk"
cp -R "$here/share/." "$prefix/share/"
# the menu entry starts this copy whether or not $prefix/bin is on the PATH
sed "s|^Exec=meetingdesk |Exec=\"$dest/meetingdesk\" |" "$here/share/applications/$app_id.desktop" \
  >"$prefix/share/applications/$app_id.desktop"
update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
echo "MeetingDesk installed in $dest: start it from the applications menu or with $prefix/bin/meetingdesk"
