// The Intake module: see Package.swift for its role.
