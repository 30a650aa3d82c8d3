/** The Cypher console and its saved and example queries. */
import { graphql } from './generated/index.js';

export const RUN_CYPHER = graphql(`
  query Console($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) {
      columns
      rows
      rowCount
      truncated
      timedOut
      status
      elapsedMs
      graph {
        nodes {
          id
          key
          labels
          properties
        }
        edges {
          id
          type
          from
          to
        }
      }
    }
  }
`);

export const CONSOLE_LISTS_QUERY = graphql(`
  query ConsoleLists {
    exampleQueries {
      id
      title
      titleEn
      description
      descriptionEn
      query
      params
    }
    savedQueries {
      id
      name
      query
      params
      mine
      shared
    }
  }
`);

export const SAVE_QUERY = graphql(`
  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {
    saveQuery(name: $name, query: $query, params: $params, shared: $shared) {
      id
    }
  }
`);

export const DELETE_SAVED_QUERY = graphql(`
  mutation DeleteSavedQuery($id: ID!) {
    deleteSavedQuery(id: $id)
  }
`);
