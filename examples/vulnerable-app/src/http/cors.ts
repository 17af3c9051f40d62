// Cross-origin access for the partner portal and billing API, unsafe next to safe.
import type { NextFunction, Request, Response, Router } from 'express';
import cors from 'cors';

const TRUSTED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

export function mountCors(router: Router): void {
  // Public catalogue: any site may read it, no cookies involved.
  router.use('/catalogue', cors({ origin: '*' }));
  router.use('/partner', cors({ origin: /partner\.io$/, credentials: true }));
  router.use('/portal', cors({ origin: TRUSTED_ORIGINS, credentials: true }));

  router.use('/billing', (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    next();
  });

  // Checked against an exact list before echoing.
  router.use('/reports', (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (origin && TRUSTED_ORIGINS.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
    }
    next();
  });
}
