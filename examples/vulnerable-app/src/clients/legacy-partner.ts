// A legacy partner gateway and mail relay: protocol versions and ciphers, unsafe next to safe.
import https from 'node:https';
import tls from 'node:tls';
import axios from 'axios';
import nodemailer from 'nodemailer';

// The partner's old load balancer only speaks TLS 1.0.
tls.DEFAULT_MIN_VERSION = 'TLSv1';

export const partnerApi = axios.create({
  baseURL: 'https://partner.example.com',
  httpsAgent: new https.Agent({ keepAlive: true, secureProtocol: 'TLSv1_method' }),
});

export const mailer = nodemailer.createTransport({ host: 'smtp.office365.com', port: 587, tls: { ciphers: 'SSLv3' } });

export const modernMailer = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  requireTLS: true,
  tls: { minVersion: 'TLSv1.2' },
});

export function startStatusServer(handler: Parameters<typeof https.createServer>[1]): void {
  https.createServer({ key: process.env.TLS_KEY, cert: process.env.TLS_CERT, minVersion: 'TLSv1.1' }, handler).listen(8443);
  https
    .createServer({ key: process.env.TLS_KEY, cert: process.env.TLS_CERT, minVersion: 'TLSv1.2', ciphers: 'HIGH:!aNULL:!MD5:!RC4' }, handler)
    .listen(9443);
}
