/**
 * The API explorer's starting text: an example for the person at the keyboard, not an operation
 * the app sends (so it is plain text, outside the generated documents).
 */
export const EXPLORER_EXAMPLE = `# 现状图: the status of a chain in the home region (the default scope)
query Status {
  chains { id name }
  chainStatus(chainId: "display") {
    summary { strong weak missing filling broken }
    segments { segment { name stage } localCount status filling }
  }
}
`;
