// The Registry module: see Package.swift for its role.
