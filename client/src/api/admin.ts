/** 系统管理: users, roles, API tokens and the audit log. */
import { graphql } from './generated/index.js';

export const USERS_QUERY = graphql(`
  query Users {
    users {
      name
      role
      createdAt
      tokens {
        id
        label
        createdAt
      }
    }
  }
`);

export const AUDIT_QUERY = graphql(`
  query Audit($user: String, $action: String, $limit: Int) {
    auditLog(user: $user, action: $action, limit: $limit) {
      id
      at
      user
      action
      target
      detail
      address
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($name: String!, $role: Role!) {
    createUser(name: $name, role: $role) {
      user {
        name
      }
      password
    }
  }
`);

export const SET_ROLE = graphql(`
  mutation SetRole($name: String!, $role: Role!) {
    setUserRole(name: $name, role: $role) {
      name
      role
    }
  }
`);

export const REVOKE_TOKEN = graphql(`
  mutation Revoke($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export const REMOVE_USER = graphql(`
  mutation Remove($name: String!) {
    removeUser(name: $name)
  }
`);
