// The Systemd module: see Package.swift for its role.
