import { describe, expect, it } from 'vitest';
import { grpcTargetHost, remoteGrpcHost } from '../../src/models/grpc';

describe('grpcTargetHost', () => {
  it('reads the host of the target forms gRPC resolves', () => {
    expect(grpcTargetHost('users.internal:50051')).toBe('users.internal');
    expect(grpcTargetHost('users.internal')).toBe('users.internal');
    expect(grpcTargetHost('dns:///orders.prod.svc:443')).toBe('orders.prod.svc');
    expect(grpcTargetHost('dns:orders:443')).toBe('orders');
    expect(grpcTargetHost('dns://8.8.8.8/orders.example.com:443')).toBe('orders.example.com');
    expect(grpcTargetHost('ipv4:10.0.0.7:50051,10.0.0.8:50051')).toBe('10.0.0.7');
    expect(grpcTargetHost('ipv6:[2001:db8::1]:50051')).toBe('[2001:db8::1]');
    expect(grpcTargetHost('[::1]:50051')).toBe('[::1]');
  });

  it('names no host for sockets, other resolvers and empty targets', () => {
    expect(grpcTargetHost('unix:/run/app.sock')).toBeNull();
    expect(grpcTargetHost('unix:///run/app.sock')).toBeNull();
    expect(grpcTargetHost('unix-abstract:app')).toBeNull();
    expect(grpcTargetHost('xds:///orders')).toBeNull();
    expect(grpcTargetHost('')).toBeNull();
    expect(grpcTargetHost('[')).toBeNull();
  });
});

describe('remoteGrpcHost', () => {
  it('gives the host of targets that leave the machine, private addresses included', () => {
    expect(remoteGrpcHost('users.internal:50051')).toBe('users.internal');
    expect(remoteGrpcHost('10.1.2.3:50051')).toBe('10.1.2.3');
    expect(remoteGrpcHost('dns:///orders.prod.svc:443')).toBe('orders.prod.svc');
  });

  it('gives nothing for the machine itself, link-local hosts, sockets and allowed hosts', () => {
    expect(remoteGrpcHost('localhost:50051')).toBeNull();
    expect(remoteGrpcHost('127.0.0.1:50051')).toBeNull();
    expect(remoteGrpcHost('0.0.0.0:50051')).toBeNull();
    expect(remoteGrpcHost('[::1]:50051')).toBeNull();
    expect(remoteGrpcHost('169.254.169.254:80')).toBeNull();
    expect(remoteGrpcHost('unix:/run/app.sock')).toBeNull();
    expect(remoteGrpcHost('users.mesh.local:50051', ['*.mesh.local'])).toBeNull();
  });
});
