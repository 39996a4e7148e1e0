// The Platform module: see Package.swift for its role.
