/** A chain's structure, edited from the map's side panel: segments and flows. */
import { graphql } from './generated/index.js';

export const UPSERT_SEGMENT = graphql(`
  mutation UpsertSegment($input: SegmentInput!) {
    upsertSegment(input: $input) {
      id
    }
  }
`);

export const DELETE_SEGMENT = graphql(`
  mutation DeleteSegment($id: ID!) {
    deleteSegment(id: $id)
  }
`);

export const ADD_FLOW = graphql(`
  mutation AddFlow($from: ID!, $to: ID!) {
    addFlow(from: $from, to: $to)
  }
`);

export const REMOVE_FLOW = graphql(`
  mutation RemoveFlow($from: ID!, $to: ID!) {
    removeFlow(from: $from, to: $to)
  }
`);
